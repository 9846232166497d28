package org.crampwise.nights;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** "No cramps" marks, always of one account, served by the primary key (account, night). */
interface NightMarkRepository extends Repository<NightMark, NightMark.Key> {

	@Query("select m.nightOf from NightMark m where m.accountId = :accountId and m.nightOf between :from and :to")
	List<LocalDate> findNights(long accountId, LocalDate from, LocalDate to);

	boolean existsByAccountIdAndNightOf(long accountId, LocalDate nightOf);

	NightMark save(NightMark mark);

	@Modifying
	@Query("delete from NightMark m where m.accountId = :accountId and m.nightOf = :nightOf")
	int deleteMark(long accountId, LocalDate nightOf);

}
