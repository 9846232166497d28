package org.crampwise.account;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface LoginFailuresRepository extends Repository<LoginFailures, String> {

	Optional<LoginFailures> findById(String username);

	LoginFailures save(LoginFailures failures);

	void deleteById(String username);

}
