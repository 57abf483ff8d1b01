package se.lotsen.api.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.CreateSqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(FollowUpReference.class)
public interface FollowUpDao {
    /**
     * Many references in one transaction: one commit, not one a reference. One already stored is left as it is
     * (an answer writes its reference ahead of the batch). ON CONFLICT works on SQLite 3.24+ and PostgreSQL.
     */
    @SqlBatch("INSERT INTO follow_up_references (tenant, reference_hash, iso_week, centre, expires_on, steps, answered) "
            + "VALUES (:tenant, :referenceHash, :isoWeek, :centre, :expiresOn, :steps, :answered) ON CONFLICT (reference_hash) DO NOTHING")
    void insertAllIfAbsent(@Bind("tenant") String tenant, @BindMethods List<FollowUpReference> references);

    @SqlQuery("SELECT reference_hash, iso_week, centre, expires_on, steps, answered FROM follow_up_references "
            + "WHERE tenant = :tenant AND reference_hash = :hash")
    Optional<FollowUpReference> find(@Bind("tenant") String tenant, @Bind("hash") String referenceHash);

    /** Records answers, unless another answer came in since they were read; 1 when this call wrote them. */
    @SqlUpdate("UPDATE follow_up_references SET answered = :answered WHERE tenant = :tenant AND reference_hash = :hash AND answered = :previous")
    int markAnswered(@Bind("tenant") String tenant, @Bind("hash") String referenceHash, @Bind("previous") String previous, @Bind("answered") String answered);

    @CreateSqlObject
    OutcomeCountDao outcomeCounts();

    /** An answer and the counts it moves, in one transaction; false (and nothing written) when the row changed since it was read. */
    @Transaction
    default boolean answer(String tenant, String referenceHash, String previous, String answered, List<OutcomeCount> counts) {
        if (markAnswered(tenant, referenceHash, previous, answered) != 1) {
            return false;
        }
        outcomeCounts().add(tenant, counts);
        return true;
    }

    /** Deletes every reference past its expiry; the counts they fed stay. */
    @SqlUpdate("DELETE FROM follow_up_references WHERE tenant = :tenant AND expires_on < :today")
    int deleteExpired(@Bind("tenant") String tenant, @Bind("today") String today);

    @SqlQuery("SELECT COUNT(*) FROM follow_up_references WHERE tenant = :tenant")
    long count(@Bind("tenant") String tenant);

    /** Whose pathway a reference is: the parent's page has no key, the reference itself says which tenant answers it. */
    @SqlQuery("SELECT tenant FROM follow_up_references WHERE reference_hash = :hash")
    Optional<String> tenantOf(@Bind("hash") String referenceHash);
}
