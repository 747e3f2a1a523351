package org.missioncj.core.impl;

import java.time.Instant;

import org.apache.ibatis.annotations.Delete;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface SignInMapper {
    class Row {
        public String username;
        public int failures;
        public Instant lastFailure;
        public Instant lockedUntil;
    }

    @Select("SELECT username, failures, last_failure, locked_until FROM core_signin WHERE username = #{u}")
    Row find(@Param("u") String username);

    @Insert("INSERT INTO core_signin (username, failures, last_failure, locked_until) VALUES (#{u}, 1, #{now}, NULL)")
    void first(@Param("u") String username, @Param("now") Instant now);

    @Update("UPDATE core_signin SET failures = #{failures}, last_failure = #{now}, locked_until = #{until} WHERE username = #{u}")
    void update(@Param("u") String username, @Param("failures") int failures, @Param("now") Instant now,
            @Param("until") Instant lockedUntil);

    /** Takes the row's lock (an update that changes nothing); 0 when there is no row yet. */
    @Update("UPDATE core_signin SET failures = failures WHERE username = #{u}")
    int lockRow(@Param("u") String username);

    @Delete("DELETE FROM core_signin WHERE username = #{u} AND (locked_until IS NULL OR locked_until <= #{now})")
    void clear(@Param("u") String username, @Param("now") Instant now);

    class ClientRow {
        public String clientAddress;
        public int failures;
        public Instant lastFailure;
        public Instant blockedUntil;
    }

    @Select("SELECT client_address, failures, last_failure, blocked_until FROM core_signin_client WHERE client_address = #{c}")
    ClientRow client(@Param("c") String clientAddress);

    @Update("UPDATE core_signin_client SET failures = failures WHERE client_address = #{c}")
    int lockClientRow(@Param("c") String clientAddress);

    @Insert("INSERT INTO core_signin_client (client_address, failures, last_failure, blocked_until) VALUES (#{c}, 1, #{now}, NULL)")
    void firstClientFailure(@Param("c") String clientAddress, @Param("now") Instant now);

    @Update("UPDATE core_signin_client SET failures = #{failures}, last_failure = #{now}, blocked_until = #{until} "
            + "WHERE client_address = #{c}")
    void updateClient(@Param("c") String clientAddress, @Param("failures") int failures, @Param("now") Instant now,
            @Param("until") Instant blockedUntil);
}
