package se.lotsen.api.db;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What CDS Hooks shares between nodes: the token ids seen (replay) and the cards given out (feedback). */
@RegisterConstructorMapper(IssuedCard.class)
public interface CdsHooksDao {
    /** 1 when this token id is new; 0 when it was seen before (a replay), on any node. */
    @SqlUpdate("INSERT INTO cds_token_ids (tenant, issuer, jti, expires_at) VALUES (:tenant, :issuer, :jti, :expiresAt) "
            + "ON CONFLICT (tenant, issuer, jti) DO NOTHING")
    int rememberTokenId(@Bind("tenant") String tenant, @Bind("issuer") String issuer, @Bind("jti") String jti, @Bind("expiresAt") long expiresAt);

    @SqlUpdate("DELETE FROM cds_token_ids WHERE expires_at < :now")
    int deleteExpiredTokenIds(@Bind("now") long now);

    @SqlQuery("SELECT COUNT(*) FROM cds_token_ids")
    long tokenIds();

    /** The cards of one answer, in one transaction. */
    @SqlBatch("INSERT INTO cds_cards (tenant, card, iso_week, centre, service, rules, outcome, expires_at) "
            + "VALUES (:tenant, :card, :isoWeek, :centre, :service, :rules, :outcome, :expiresAt)")
    void rememberCards(@Bind("tenant") String tenant, @BindMethods List<IssuedCard> cards);

    @SqlQuery("SELECT card, iso_week, centre, service, rules, outcome, expires_at FROM cds_cards WHERE tenant = :tenant AND card = :card")
    Optional<IssuedCard> card(@Bind("tenant") String tenant, @Bind("card") String card);

    /** Sets the counted outcome unless other feedback changed it since it was read; 1 when this call did. */
    @SqlUpdate("UPDATE cds_cards SET outcome = :outcome WHERE tenant = :tenant AND card = :card AND outcome = :previous")
    int countOutcome(@Bind("tenant") String tenant, @Bind("card") String card, @Bind("previous") String previous, @Bind("outcome") String outcome);

    @SqlUpdate("DELETE FROM cds_cards WHERE expires_at < :now")
    int deleteExpiredCards(@Bind("now") long now);
}
