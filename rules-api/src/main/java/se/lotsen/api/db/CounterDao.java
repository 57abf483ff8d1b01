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
    @SqlBatch("INSERT INTO suggestion_counts (tenant, iso_week, centre, need, risk_level, service, urgency, count) "
            + "VALUES (:tenant, :isoWeek, :centre, :need, :riskLevel, :service, :urgency, :count) "
            + "ON CONFLICT (tenant, iso_week, centre, need, risk_level, service, urgency) "
            + "DO UPDATE SET count = suggestion_counts.count + excluded.count")
    void add(@Bind("tenant") String tenant, @BindMethods List<CounterRow> rows);

    @SqlQuery("SELECT iso_week, centre, need, risk_level, service, urgency, count FROM suggestion_counts "
            + "WHERE tenant = :tenant AND iso_week >= :from AND iso_week <= :to "
            + "ORDER BY iso_week, centre, need, risk_level, service, urgency")
    List<CounterRow> between(@Bind("tenant") String tenant, @Bind("from") String fromWeek, @Bind("to") String toWeek);
}
