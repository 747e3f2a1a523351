package org.missioncj.core.impl;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

public interface AccountMapper {
    /** The actors of the audit trail's successful creations and changes of an account (not its holder's own password change). */
    @org.apache.ibatis.annotations.Select("SELECT DISTINCT actor FROM core_audit WHERE component = 'core' AND resource_type = 'account' "
            + "AND resource_id = #{u} AND outcome = 'SUCCESS' AND action IN ('ACCOUNT_CREATE', 'ACCOUNT_UPDATE', "
            + "'PERMISSION_CHANGE', 'ACCOUNT_ENABLE', 'ACCOUNT_DISABLE', 'PASSWORD_RESET')")
    java.util.List<String> shapedBy(@org.apache.ibatis.annotations.Param("u") String username);

    /** A stored account; the hash never leaves core-impl. */
    class Row {
        public String username;
        public long version;
        public String displayName;
        public String organization;
        public String organizationClass;
        /** Comma-separated role names. */
        public String roles;
        public boolean enabled;
        public String passwordHash;
        public Instant passwordChangedAt;
        public Instant createdAt;
        public String createdBy;
        public Instant updatedAt;
        public String updatedBy;
    }

    String COLUMNS = "username, version, display_name, organization, organization_class, roles, enabled, password_hash, "
            + "password_changed_at, created_at, created_by, updated_at, updated_by";

    @Insert("INSERT INTO core_account (" + COLUMNS + ") VALUES (#{username}, #{version}, #{displayName}, #{organization}, "
            + "#{organizationClass}, #{roles}, #{enabled}, #{passwordHash}, #{passwordChangedAt}, #{createdAt}, #{createdBy}, "
            + "#{updatedAt}, #{updatedBy})")
    void insert(Row r);

    @Select("SELECT " + COLUMNS + " FROM core_account WHERE username = #{u}")
    Row find(@Param("u") String username);

    @Select("SELECT " + COLUMNS + " FROM core_account ORDER BY username OFFSET #{offset} ROWS FETCH NEXT #{limit} ROWS ONLY")
    List<Row> list(@Param("offset") long offset, @Param("limit") int limit);

    @Select("SELECT COUNT(*) FROM core_account")
    long count();

    @Update("UPDATE core_account SET version = version + 1, display_name = #{r.displayName}, organization = #{r.organization}, "
            + "organization_class = #{r.organizationClass}, roles = #{r.roles}, updated_at = #{r.updatedAt}, "
            + "updated_by = #{r.updatedBy} "
            + "WHERE username = #{r.username} AND version = #{expected}")
    int updateDetails(@Param("r") Row r, @Param("expected") long expectedVersion);

    @Update("UPDATE core_account SET version = version + 1, enabled = #{enabled}, updated_at = #{at}, updated_by = #{by} "
            + "WHERE username = #{u}")
    int setEnabled(@Param("u") String username, @Param("enabled") boolean enabled, @Param("at") Instant at,
            @Param("by") String by);

    @Update("UPDATE core_account SET version = version + 1, password_hash = #{hash}, password_changed_at = #{at}, "
            + "updated_at = #{at}, updated_by = #{by} WHERE username = #{u}")
    int setPassword(@Param("u") String username, @Param("hash") String hash, @Param("at") Instant at,
            @Param("by") String by);

    /** Replaces the hash only if it is still the one verified: not a change of the account (no new version). */
    @Update("UPDATE core_account SET password_hash = #{hash} WHERE username = #{u} AND password_hash = #{old}")
    int rehash(@Param("u") String username, @Param("old") String oldHash, @Param("hash") String hash);
}
