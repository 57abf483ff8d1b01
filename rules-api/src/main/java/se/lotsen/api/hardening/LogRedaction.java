package se.lotsen.api.hardening;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Libraries log what passes through them at DEBUG and TRACE: Jetty and Jersey headers (with the key)
 * and bodies, Drools every fact inserted into a session, Hibernate Validator the values it checks.
 * Whatever the configuration says, no library's event below INFO reaches an appender; only Lotsen's
 * own code, which never logs a request, may log finer.
 */
public final class LogRedaction extends TurboFilter {
    private static final String OWN = "se.lotsen.";

    public static void install() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        if (context.getTurboFilterList().stream().noneMatch(LogRedaction.class::isInstance)) {
            LogRedaction filter = new LogRedaction();
            filter.setContext(context);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level != null && level.toInt() < Level.INFO_INT && !logger.getName().startsWith(OWN)) {
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
