package org.missioncj.bench.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * A minimal connection pool in front of the driver's DataSource, standing in for the dbcp2 pool that
 * pax-jdbc puts in front of the platform's DataSource in Karaf ({@code pool = dbcp2}). A closed
 * connection goes back to the idle list (rolled back if a transaction was left open, auto-commit
 * restored); no validation, no eviction, no statement pooling. The benchmark is single-threaded, so
 * every call reuses the same physical connection, as a warm dbcp2 pool would.
 */
public final class TinyPool implements DataSource, AutoCloseable {
    private final DataSource target;
    private final int maxIdle;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private int opened;

    public TinyPool(DataSource target, int maxIdle) {
        this.target = target;
        this.maxIdle = maxIdle;
    }

    /** Physical connections opened so far. */
    public synchronized int opened() {
        return opened;
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection physical;
        synchronized (this) {
            physical = idle.pollFirst();
        }
        if (physical == null) {
            physical = target.getConnection();
            synchronized (this) {
                opened++;
            }
        }
        return wrap(physical);
    }

    private Connection wrap(Connection physical) {
        boolean[] closed = {false};
        return (Connection) Proxy.newProxyInstance(TinyPool.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "close":
                            if (!closed[0]) {
                                closed[0] = true;
                                release(physical);
                            }
                            return null;
                        case "isClosed":
                            return closed[0] || physical.isClosed();
                        case "unwrap":
                            return ((Class<?>) args[0]).isInstance(proxy) ? proxy : physical.unwrap((Class<?>) args[0]);
                        case "isWrapperFor":
                            return ((Class<?>) args[0]).isInstance(proxy) || physical.isWrapperFor((Class<?>) args[0]);
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            if (closed[0]) {
                                throw new SQLException("Connection is closed");
                            }
                            try {
                                return method.invoke(physical, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                    }
                });
    }

    private void release(Connection physical) throws SQLException {
        if (physical.isClosed()) {
            return;
        }
        try {
            if (!physical.getAutoCommit()) {
                physical.rollback();
                physical.setAutoCommit(true);
            }
        } catch (SQLException e) {
            physical.close();
            return;
        }
        synchronized (this) {
            if (idle.size() < maxIdle) {
                idle.addFirst(physical);
                return;
            }
        }
        physical.close();
    }

    @Override
    public void close() {
        synchronized (this) {
            for (Connection c : idle) {
                try {
                    c.close();
                } catch (SQLException e) {
                    // closing anyway
                }
            }
            idle.clear();
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool has one set of credentials");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        return target.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || target.isWrapperFor(iface);
    }
}
