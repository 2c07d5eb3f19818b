package io.tanggap.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A dashboard query answered by GROUP BY over raw answers, for comparison with the rollups: score
 * counts of the NPS, CSAT and CES answers per group, in one or more statements. Periods are whole
 * local days turned into instants in the workspace's zone, as the service's scan path does.
 */
final class RawSql {

	/** Where the raw answers are: DuckDB's one wide table, or the service's two tables in PostgreSQL. */
	enum Dialect {
		DUCKDB("answer_fact a", "a"), POSTGRES("survey_response r JOIN answer a ON a.response_id = r.id", "r");

		private final String from;
		private final String response;

		Dialect(String from, String response) {
			this.from = from;
			this.response = response;
		}

		/** @return a column of the response (time, channel, branch, touchpoint) */
		String column(String name) {
			return response + "." + name;
		}

		String localMonth(ZoneId zone) {
			return this == DUCKDB ? "strftime(timezone('" + zone + "', a.submitted_at), '%Y-%m')"
					: "to_char(r.submitted_at AT TIME ZONE '" + zone + "', 'YYYY-MM')";
		}
	}

	/**
	 * One statement: rows are counted into the group its first column names, and also into
	 * {@code alsoInto} when that is not null (a total over the groups).
	 */
	record Statement(String sql, List<Object> parameters, String alsoInto) {
	}

	private final Dialect dialect;
	private final ZoneId zone;
	private final UUID workspace;

	RawSql(Dialect dialect, ZoneId zone, UUID workspace) {
		this.dialect = dialect;
		this.zone = zone;
		this.workspace = workspace;
	}

	Dialect dialect() {
		return dialect;
	}

	/**
	 * @param group the SQL of each row's group, with {@code ?} parameters first in {@code groupParameters}
	 * @param filter further conditions on the raw rows ("" for none)
	 */
	Statement statement(String group, List<Object> groupParameters, Period period, String filter, String alsoInto) {
		String time = dialect.column("submitted_at");
		String sql = "SELECT " + group + " AS grp, a.type, a.role, a.score, COUNT(*) AS answers FROM " + dialect.from
				+ " WHERE " + (dialect == Dialect.POSTGRES ? "r.workspace_id = '" + workspace + "' AND " : "") + time
				+ " >= ? AND " + time + " < ? AND a.score IS NOT NULL AND a.role IN ('NPS', 'CSAT', 'CES')" + filter
				+ " GROUP BY 1, a.type, a.role, a.score";
		List<Object> parameters = new ArrayList<>(groupParameters);
		parameters.add(start(period.from()));
		parameters.add(start(period.to().plusDays(1)));
		return new Statement(sql, parameters, alsoInto);
	}

	/** @return a group expression naming {@code now} for the answers from {@code cut} on, else {@code previous} */
	String nowOrPrevious() {
		return "CASE WHEN " + dialect.column("submitted_at") + " >= ? THEN 'now' ELSE 'previous' END";
	}

	String text(String column) {
		return "CAST(" + dialect.column(column) + " AS VARCHAR)";
	}

	/** @return the instant a local day starts, in UTC */
	OffsetDateTime start(LocalDate day) {
		return day.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
	}

	String localMonth() {
		return dialect.localMonth(zone);
	}

	/** Runs the statements and counts their rows. */
	static Tally run(Connection connection, List<Statement> statements) throws SQLException {
		Tally tally = new Tally();
		for (Statement statement : statements) {
			try (PreparedStatement prepared = connection.prepareStatement(statement.sql())) {
				for (int i = 0; i < statement.parameters().size(); i++) {
					prepared.setObject(i + 1, statement.parameters().get(i));
				}
				try (ResultSet rs = prepared.executeQuery()) {
					while (rs.next()) {
						tally.count(rs.getString(1), rs.getString(3), rs.getInt(4), rs.getLong(5));
						if (statement.alsoInto() != null) {
							tally.count(statement.alsoInto(), rs.getString(3), rs.getInt(4), rs.getLong(5));
						}
					}
				}
			}
		}
		return tally;
	}
}
