package se.lotsen.api.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterConstructorMapper(CounterRow.class)
public interface CounterDao {
    /** Adds each row's count to the stored counter (ON CONFLICT works on SQLite 3.24+ and PostgreSQL). */
    @SqlBatch("INSERT INTO suggestion_counts (iso_week, centre, need, risk_level, service, urgency, count) "
            + "VALUES (:isoWeek, :centre, :need, :riskLevel, :service, :urgency, :count) "
            + "ON CONFLICT (iso_week, centre, need, risk_level, service, urgency) "
            + "DO UPDATE SET count = suggestion_counts.count + excluded.count")
    void add(@BindMethods List<CounterRow> rows);

    @SqlQuery("SELECT iso_week, centre, need, risk_level, service, urgency, count FROM suggestion_counts "
            + "WHERE iso_week >= :from AND iso_week <= :to "
            + "ORDER BY iso_week, centre, need, risk_level, service, urgency")
    List<CounterRow> between(@Bind("from") String fromWeek, @Bind("to") String toWeek);
}
