package se.lotsen.api.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.transaction.Transaction;

@RegisterConstructorMapper(FollowUpReference.class)
@RegisterConstructorMapper(FollowUpStep.class)
public interface FollowUpDao {
    @SqlUpdate("INSERT INTO follow_up_references (reference_hash, iso_week, centre, expires_on) "
            + "VALUES (:referenceHash, :isoWeek, :centre, :expiresOn)")
    void insert(@BindMethods FollowUpReference reference);

    @SqlBatch("INSERT INTO follow_up_steps (reference_hash, position, service, urgency, rules, answered) "
            + "VALUES (:referenceHash, :position, :service, :urgency, :rules, :answered)")
    void insertSteps(@BindMethods List<FollowUpStep> steps);

    @SqlBatch("INSERT INTO follow_up_references (reference_hash, iso_week, centre, expires_on) "
            + "VALUES (:referenceHash, :isoWeek, :centre, :expiresOn)")
    void insertAll(@BindMethods List<FollowUpReference> references);

    @Transaction
    default void create(FollowUpReference reference, List<FollowUpStep> steps) {
        insert(reference);
        insertSteps(steps);
    }

    /** Many references and their steps in one transaction: one commit, not one a reference. */
    @Transaction
    default void createAll(List<FollowUpReference> references, List<FollowUpStep> steps) {
        insertAll(references);
        insertSteps(steps);
    }

    @SqlQuery("SELECT reference_hash, iso_week, centre, expires_on FROM follow_up_references WHERE reference_hash = :hash")
    Optional<FollowUpReference> find(@Bind("hash") String referenceHash);

    @SqlQuery("SELECT reference_hash, position, service, urgency, rules, answered FROM follow_up_steps "
            + "WHERE reference_hash = :hash ORDER BY position")
    List<FollowUpStep> steps(@Bind("hash") String referenceHash);

    /** Marks an outcome answered, unless it already was; true when this call marked it. */
    @SqlUpdate("UPDATE follow_up_steps SET answered = :answered WHERE reference_hash = :hash AND position = :position "
            + "AND answered = :previous")
    int markAnswered(@Bind("hash") String referenceHash, @Bind("position") int position, @Bind("previous") String previous,
                     @Bind("answered") String answered);

    @SqlUpdate("DELETE FROM follow_up_steps WHERE reference_hash IN "
            + "(SELECT reference_hash FROM follow_up_references WHERE expires_on < :today)")
    int deleteExpiredSteps(@Bind("today") String today);

    @SqlUpdate("DELETE FROM follow_up_references WHERE expires_on < :today")
    int deleteExpiredReferences(@Bind("today") String today);

    /** Deletes every reference past its expiry; the counts they fed stay. */
    @Transaction
    default int deleteExpired(String today) {
        deleteExpiredSteps(today);
        return deleteExpiredReferences(today);
    }

    @SqlQuery("SELECT COUNT(*) FROM follow_up_references")
    long count();
}
