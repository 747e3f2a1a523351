package org.missioncj.linkage.api.dto;

/** The two exchange forms of Open Referral HSDS 3 the directory reads and writes. */
public enum DirectoryFormat {
    /** One JSON object whose keys are the HSDS table names, each an array of flat records. */
    JSON,
    /** HSDS's tabular package: a zip of one CSV per table and a datapackage.json. */
    CSV
}
