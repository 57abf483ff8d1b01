package se.lotsen.api.db;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

@RegisterConstructorMapper(OutcomeCount.class)
public interface OutcomeCountDao {
    /** Adds each row's count to the stored count (ON CONFLICT works on SQLite 3.24+ and PostgreSQL). */
    @SqlBatch("INSERT INTO outcome_counts (tenant, iso_week, centre, kind, code, measure, count) "
            + "VALUES (:tenant, :isoWeek, :centre, :kind, :code, :measure, :count) "
            + "ON CONFLICT (tenant, iso_week, centre, kind, code, measure) DO UPDATE SET count = outcome_counts.count + excluded.count")
    void add(@Bind("tenant") String tenant, @BindMethods List<OutcomeCount> rows);

    @SqlQuery("SELECT iso_week, centre, kind, code, measure, count FROM outcome_counts "
            + "WHERE tenant = :tenant AND iso_week >= :from AND iso_week <= :to ORDER BY iso_week, centre, kind, code, measure")
    List<OutcomeCount> between(@Bind("tenant") String tenant, @Bind("from") String fromWeek, @Bind("to") String toWeek);
}
