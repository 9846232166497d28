package org.crampwise.checkin;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.crampwise.account.AccountId;
import org.crampwise.system.FieldProblem;
import org.crampwise.system.DataVersions;

/**
 * Check-ins brought back from an export (the import of {@code checkins.csv}) checked by {@link CheckInRules}, the same rules as the form and the API, and stored in JDBC batches inside the
 * caller's transaction, so an import is stored whole or not at all.
 */
@Service
public class CheckInImports {

	/** Rows per JDBC batch. */
	static final int BATCH_SIZE = 500;

	private static final String COLUMNS = "water_ml, alcohol_drinks, hours_from_last_drink_to_bed, standing_hours, "
			+ "sitting_hours, exercise, stretched_before_bed, warm_bath_before_bed, potassium_food_servings, "
			+ "magnesium_supplement, tight_bedding";

	private static final String INSERT = "INSERT INTO checkins (" + COLUMNS
			+ ", account_id, night_of, copied_from_previous) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String UPDATE = "UPDATE checkins SET " + COLUMNS.replace(",", " = ?,")
			+ " = ?, copied_from_previous = ? WHERE account_id = ? AND night_of = ?";

	private final CheckInRules rules;

	private final JdbcTemplate jdbc;

	private final DataVersions versions;

	CheckInImports(CheckInRules rules, JdbcTemplate jdbc, DataVersions versions) {
		this.rules = rules;
		this.jdbc = jdbc;
		this.versions = versions;
	}

	/**
	 * The problems of one check-in of an import, each naming its field, in the request's language.
	 * @param tonight the owner's current night (later nights have not happened yet)
	 */
	public List<FieldProblem> problems(CheckIn checkIn, LocalDate tonight) {
		return this.rules.problems(checkIn, tonight);
	}

	/**
	 * Stores checked check-ins for the owner: {@code added} on nights without one, {@code replacing} the answers of
	 * nights that have one. {@code copied}: for a night (of these or of a stored check-in), whether its check-in
	 * was saved with "same as last night" unchanged; a written check-in without an entry is not. Joins the caller's
	 * transaction.
	 */
	@Transactional
	public void store(AccountId owner, Collection<CheckIn> added, Collection<CheckIn> replacing,
			Map<LocalDate, Boolean> copied) {
		this.versions.bump(owner.value()); // JDBC batches: no JPA event raises it
		Set<LocalDate> written = new HashSet<>();
		added.forEach(checkIn -> written.add(checkIn.nightOf()));
		replacing.forEach(checkIn -> written.add(checkIn.nightOf()));
		if (!added.isEmpty()) {
			this.jdbc.batchUpdate(INSERT, List.copyOf(added), BATCH_SIZE,
					(statement, checkIn) -> {
						answers(statement, checkIn);
						statement.setLong(12, owner.value());
						statement.setObject(13, checkIn.nightOf());
						statement.setBoolean(14, copied.getOrDefault(checkIn.nightOf(), false));
					});
		}
		if (!replacing.isEmpty()) {
			this.jdbc.batchUpdate(UPDATE, List.copyOf(replacing), BATCH_SIZE, (statement, checkIn) -> {
				answers(statement, checkIn);
				statement.setBoolean(12, copied.getOrDefault(checkIn.nightOf(), false));
				statement.setLong(13, owner.value());
				statement.setObject(14, checkIn.nightOf());
			});
		}
		List<LocalDate> others = copied.keySet().stream().filter(night -> !written.contains(night)).sorted().toList();
		if (!others.isEmpty()) {
			this.jdbc.batchUpdate("UPDATE checkins SET copied_from_previous = ? WHERE account_id = ? AND night_of = ?",
					others, BATCH_SIZE, (statement, night) -> {
						statement.setBoolean(1, copied.get(night));
						statement.setLong(2, owner.value());
						statement.setObject(3, night);
					});
		}
	}

	/** Binds the eleven answers, parameters 1 to 11 of both statements. */
	private static void answers(PreparedStatement statement, CheckIn checkIn) throws SQLException {
		integer(statement, 1, checkIn.waterMl());
		integer(statement, 2, checkIn.alcoholDrinks());
		decimal(statement, 3, checkIn.hoursFromLastDrinkToBed());
		decimal(statement, 4, checkIn.standingHours());
		decimal(statement, 5, checkIn.sittingHours());
		statement.setString(6, (checkIn.exercise() != null) ? checkIn.exercise().name() : null);
		bool(statement, 7, checkIn.stretchedBeforeBed());
		bool(statement, 8, checkIn.warmBathBeforeBed());
		integer(statement, 9, checkIn.potassiumFoodServings());
		bool(statement, 10, checkIn.magnesiumSupplement());
		bool(statement, 11, checkIn.tightBedding());
	}

	private static void integer(PreparedStatement statement, int index, @Nullable Integer value) throws SQLException {
		if (value != null) {
			statement.setInt(index, value);
		}
		else {
			statement.setNull(index, Types.INTEGER);
		}
	}

	private static void decimal(PreparedStatement statement, int index, @Nullable Double value) throws SQLException {
		if (value != null) {
			statement.setDouble(index, value);
		}
		else {
			statement.setNull(index, Types.DOUBLE);
		}
	}

	private static void bool(PreparedStatement statement, int index, @Nullable Boolean value) throws SQLException {
		if (value != null) {
			statement.setBoolean(index, value);
		}
		else {
			statement.setNull(index, Types.BOOLEAN);
		}
	}

}
