package org.crampwise.account;

import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface LoginFailuresRepository extends Repository<LoginFailures, String> {

	Optional<LoginFailures> findById(String key);

	LoginFailures save(LoginFailures failures);

	void deleteById(String key);

	@Modifying
	@Query("delete from LoginFailures f where f.throttleKey like :prefix")
	int deleteByKeyPrefix(@Param("prefix") String prefix);

}
