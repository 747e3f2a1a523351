package org.missioncj.core.impl;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.missioncj.core.api.ConflictException;
import org.missioncj.core.api.MissionException;
import org.missioncj.core.api.persistence.PersistenceException;

/**
 * What a failure of the database means for the request, read from the SQL state the driver reports (Derby's and
 * PostgreSQL's): a lock the database could not grant in time or a deadlock it broke ({@link Busy}, retried once by the
 * outermost transaction, then HTTP 503 with {@code Retry-After}); a database that cannot be reached now (503); two
 * requests storing the same key at once (409). Anything else is a defect and stays what it was (500).
 */
final class DatabaseFailures {
    private DatabaseFailures() {
    }

    /** A lock wait that timed out, a deadlock or a serialization failure: the database rolled the work back. */
    static final class Busy extends PersistenceException {
        private static final long serialVersionUID = 1L;

        Busy(Throwable cause) {
            super("The database is busy: another request holds what this one needs. Retry in a moment.", cause);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** The database could not be reached (a lost or refused connection). */
    static final class Unreachable extends PersistenceException {
        private static final long serialVersionUID = 1L;

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public boolean isTransient() {
            return true;
        }
    }

    /** The failure the caller should see: unchanged unless the database reported it and it means one of the above. */
    static RuntimeException translate(RuntimeException e) {
        if (e instanceof MissionException || e instanceof PersistenceException) {
            return e;
        }
        SQLException sql = sqlCause(e);
        if (sql == null) {
            return e;
        }
        return translate(sql, e);
    }

    static RuntimeException translate(SQLException sql, Throwable whole) {
        String state = state(sql);
        if (isBusy(state)) {
            return new Busy(whole);
        }
        if (isUnavailable(sql, state)) {
            return new Unreachable("The mission database is not reachable now", whole);
        }
        if (state != null && state.startsWith("23")) {
            ConflictException c = new ConflictException("The record conflicts with one stored at the same moment. "
                    + "Read it again and retry.");
            c.initCause(whole);
            return c;
        }
        return whole instanceof RuntimeException r ? r : new PersistenceException("Database error: " + sql.getMessage(), whole);
    }

    static boolean isBusy(String state) {
        return state != null && (state.equals("40001") || state.equals("40P01") || state.equals("40XL1")
                || state.equals("40XL2") || state.equals("55P03"));
    }

    private static boolean isUnavailable(SQLException sql, String state) {
        if (sql instanceof SQLTransientConnectionException || sql instanceof SQLNonTransientConnectionException
                || sql instanceof SQLRecoverableException) {
            return true;
        }
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                || state.equals("XJ040") || state.equals("XJ015") || state.equals("08006"));
    }

    /** The first SQL state in the chain: the driver's own exception, or the next ones it chained. */
    private static String state(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            if (s.getSQLState() != null) {
                return s.getSQLState();
            }
            if (s.getNextException() == s) {
                break;
            }
        }
        return null;
    }

    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
