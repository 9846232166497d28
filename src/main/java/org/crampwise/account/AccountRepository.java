package org.crampwise.account;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface AccountRepository extends Repository<Account, Long> {

	Optional<Account> findByUsername(String username);

	Optional<Account> findById(Long id);

	java.util.List<Account> findAllById(Iterable<Long> ids);

	boolean existsByUsername(String username);

	Account saveAndFlush(Account account);

	void delete(Account account);

}
