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

    @Delete("DELETE FROM core_signin WHERE username = #{u}")
    void clear(@Param("u") String username);

    class ClientRow {
        public String clientAddress;
        public int failures;
        public Instant lastFailure;
        public Instant blockedUntil;
    }

    @Select("SELECT client_address, failures, last_failure, blocked_until FROM core_signin_client WHERE client_address = #{c}")
    ClientRow client(@Param("c") String clientAddress);

    @Insert("INSERT INTO core_signin_client (client_address, failures, last_failure, blocked_until) VALUES (#{c}, 1, #{now}, NULL)")
    void firstClientFailure(@Param("c") String clientAddress, @Param("now") Instant now);

    @Update("UPDATE core_signin_client SET failures = #{failures}, last_failure = #{now}, blocked_until = #{until} "
            + "WHERE client_address = #{c}")
    void updateClient(@Param("c") String clientAddress, @Param("failures") int failures, @Param("now") Instant now,
            @Param("until") Instant blockedUntil);
}
