/**
 * Reads, writes and checks community service directories in Open Referral HSDS 3.0 form, so that
 * court IT staff can import a directory into the linkage module and export it again.
 *
 * <p>Two file forms are supported: {@link org.missioncj.linkage.impl.hsds.HsdsJson} (one JSON
 * object with an array per table) and {@link org.missioncj.linkage.impl.hsds.HsdsCsv} (HSDS's
 * tabular package: a zip of CSV files with a {@code datapackage.json}). Both produce an
 * {@link org.missioncj.linkage.impl.hsds.HsdsDataset}; {@link org.missioncj.linkage.impl.hsds.HsdsValidator}
 * then decides whether the import is accepted. An import is all or nothing, so readers and the
 * validator report every problem they find rather than stopping at the first.
 *
 * <p>Not exported: the linkage API offers imports and exports; this package is how they are done.
 */
package org.missioncj.linkage.impl.hsds;
