package org.missioncj.core.impl;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Time;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.apache.ibatis.type.BooleanTypeHandler;
import org.apache.ibatis.type.EnumTypeHandler;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.IntegerTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.LongTypeHandler;
import org.apache.ibatis.type.StringTypeHandler;
import org.apache.ibatis.type.TypeHandler;
import org.apache.ibatis.type.TypeHandlerRegistry;

/**
 * Type handlers that work the same on Derby and PostgreSQL. Null parameters are bound with their
 * real SQL type (Derby refuses MyBatis' generic {@code NULL}/{@code OTHER}, PostgreSQL a null VARCHAR
 * for a DATE column), and java.time values go through java.sql types, because Derby's driver
 * predates JDBC 4.2 and cannot bind a {@code LocalDate} directly.
 */
final class PortableTypes {
    private PortableTypes() {
    }

    static void register(TypeHandlerRegistry registry) {
        registry.register(String.class, typed(new StringTypeHandler(), Types.VARCHAR));
        registry.register(Integer.class, typed(new IntegerTypeHandler(), Types.INTEGER));
        registry.register(Long.class, typed(new LongTypeHandler(), Types.BIGINT));
        registry.register(Boolean.class, typed(new BooleanTypeHandler(), Types.BOOLEAN));
        registry.register(LocalDate.class, typed(new SqlDateHandler(), Types.DATE));
        registry.register(LocalDateTime.class, typed(new SqlTimestampHandler(), Types.TIMESTAMP));
        registry.register(LocalTime.class, typed(new SqlTimeHandler(), Types.TIME));
        registry.register(Instant.class, typed(new SqlInstantHandler(), Types.TIMESTAMP));
    }

    static <T> TypeHandler<T> typed(TypeHandler<T> delegate, int sqlType) {
        return new TypeHandler<T>() {
            @Override
            public void setParameter(PreparedStatement ps, int i, T parameter, JdbcType jdbcType) throws SQLException {
                if (parameter == null) {
                    ps.setNull(i, jdbcType == null || jdbcType == JdbcType.OTHER || jdbcType == JdbcType.NULL
                            ? sqlType : jdbcType.TYPE_CODE);
                } else {
                    delegate.setParameter(ps, i, parameter, jdbcType);
                }
            }

            @Override
            public T getResult(ResultSet rs, String columnName) throws SQLException {
                return delegate.getResult(rs, columnName);
            }

            @Override
            public T getResult(ResultSet rs, int columnIndex) throws SQLException {
                return delegate.getResult(rs, columnIndex);
            }

            @Override
            public T getResult(CallableStatement cs, int columnIndex) throws SQLException {
                return delegate.getResult(cs, columnIndex);
            }
        };
    }

    /** Enums are stored by name; a null enum is a null VARCHAR. */
    public static final class EnumHandler<E extends Enum<E>> extends EnumTypeHandler<E> {
        public EnumHandler(Class<E> type) {
            super(type);
        }

        @Override
        public void setParameter(PreparedStatement ps, int i, E parameter, JdbcType jdbcType) throws SQLException {
            if (parameter == null) {
                ps.setNull(i, Types.VARCHAR);
            } else {
                super.setParameter(ps, i, parameter, jdbcType);
            }
        }
    }

    /** Maps a JDBC value to and from a java.time value. */
    private abstract static class Converting<J, S> extends BaseTypeHandler<J> {
        abstract S toSql(J value);

        abstract J fromSql(S value);

        abstract void set(PreparedStatement ps, int i, S value) throws SQLException;

        abstract S get(ResultSet rs, String column) throws SQLException;

        abstract S get(ResultSet rs, int column) throws SQLException;

        abstract S get(CallableStatement cs, int column) throws SQLException;

        @Override
        public void setNonNullParameter(PreparedStatement ps, int i, J parameter, JdbcType jdbcType) throws SQLException {
            set(ps, i, toSql(parameter));
        }

        @Override
        public J getNullableResult(ResultSet rs, String columnName) throws SQLException {
            S v = get(rs, columnName);
            return v == null ? null : fromSql(v);
        }

        @Override
        public J getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
            S v = get(rs, columnIndex);
            return v == null ? null : fromSql(v);
        }

        @Override
        public J getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
            S v = get(cs, columnIndex);
            return v == null ? null : fromSql(v);
        }
    }

    static final class SqlDateHandler extends Converting<LocalDate, Date> {
        Date toSql(LocalDate v) {
            return Date.valueOf(v);
        }

        LocalDate fromSql(Date v) {
            return v.toLocalDate();
        }

        void set(PreparedStatement ps, int i, Date v) throws SQLException {
            ps.setDate(i, v);
        }

        Date get(ResultSet rs, String c) throws SQLException {
            return rs.getDate(c);
        }

        Date get(ResultSet rs, int c) throws SQLException {
            return rs.getDate(c);
        }

        Date get(CallableStatement cs, int c) throws SQLException {
            return cs.getDate(c);
        }
    }

    static final class SqlTimestampHandler extends Converting<LocalDateTime, Timestamp> {
        Timestamp toSql(LocalDateTime v) {
            return Timestamp.valueOf(v);
        }

        LocalDateTime fromSql(Timestamp v) {
            return v.toLocalDateTime();
        }

        void set(PreparedStatement ps, int i, Timestamp v) throws SQLException {
            ps.setTimestamp(i, v);
        }

        Timestamp get(ResultSet rs, String c) throws SQLException {
            return rs.getTimestamp(c);
        }

        Timestamp get(ResultSet rs, int c) throws SQLException {
            return rs.getTimestamp(c);
        }

        Timestamp get(CallableStatement cs, int c) throws SQLException {
            return cs.getTimestamp(c);
        }
    }

    /** Instants are stored as the server's local TIMESTAMP of that instant, read back the same way. */
    static final class SqlInstantHandler extends Converting<Instant, Timestamp> {
        Timestamp toSql(Instant v) {
            return Timestamp.from(v);
        }

        Instant fromSql(Timestamp v) {
            return v.toInstant();
        }

        void set(PreparedStatement ps, int i, Timestamp v) throws SQLException {
            ps.setTimestamp(i, v);
        }

        Timestamp get(ResultSet rs, String c) throws SQLException {
            return rs.getTimestamp(c);
        }

        Timestamp get(ResultSet rs, int c) throws SQLException {
            return rs.getTimestamp(c);
        }

        Timestamp get(CallableStatement cs, int c) throws SQLException {
            return cs.getTimestamp(c);
        }
    }

    static final class SqlTimeHandler extends Converting<LocalTime, Time> {
        Time toSql(LocalTime v) {
            return Time.valueOf(v);
        }

        LocalTime fromSql(Time v) {
            return v.toLocalTime();
        }

        void set(PreparedStatement ps, int i, Time v) throws SQLException {
            ps.setTime(i, v);
        }

        Time get(ResultSet rs, String c) throws SQLException {
            return rs.getTime(c);
        }

        Time get(ResultSet rs, int c) throws SQLException {
            return rs.getTime(c);
        }

        Time get(CallableStatement cs, int c) throws SQLException {
            return cs.getTime(c);
        }
    }
}
