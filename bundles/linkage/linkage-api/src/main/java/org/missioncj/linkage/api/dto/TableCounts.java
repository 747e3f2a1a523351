package org.missioncj.linkage.api.dto;

/** What an import did to one HSDS table. */
public class TableCounts {
    public String table;
    /** Records in the file. */
    public int records;
    public int added;
    public int updated;
    /** In the directory and in the file alike. */
    public int unchanged;
    /** In the directory but no longer in the file: kept, no longer offered (a referral may point to it). */
    public int retired;
}
