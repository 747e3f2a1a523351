package org.missioncj.registry.impl;

import java.time.LocalDate;
import java.util.List;

/**
 * A participant search as {@link ParticipantMapper#search} runs it. One filter drives the query (the rows
 * it reads first, from an index): the most selective there is, so the cost follows the matches, not the table.
 * The others, and the caller's caseload, are checked on each of those rows.
 */
final class ParticipantQuery {
    /** What the query reads first. */
    enum Driver {
        /** the tokens that the first of {@link #words} starts (the longest word: the fewest matches) */
        NAME,
        /** the holders of an identifier value */
        IDENTIFIER,
        /** the participants born on {@link #dob} */
        BIRTH,
        /** no filter, a team's caseload: the participants of the scope's teams, the intake pool, open grants */
        SCOPE,
        /** no filter: the participant table in list order (program admins, site-wide roles) */
        TABLE
    }

    Driver driver;
    /** Name words, the driving one first. */
    List<NameTokens.Prefix> words;
    LocalDate dob;
    String idSystem;
    String idValue;
    CaseloadScope scope;
    /** The list position after which the page starts (keyset paging), or null. */
    String afterFamily;
    String afterGiven;
    String afterId;

    public Driver getDriver() {
        return driver;
    }

    public String getDriverName() {
        return driver.name();
    }

    public List<NameTokens.Prefix> getWords() {
        return words;
    }

    /** The words after the driving one. */
    public List<NameTokens.Prefix> getOtherWords() {
        return driver == Driver.NAME ? words.subList(1, words.size()) : words;
    }

    public NameTokens.Prefix getFirstWord() {
        return words.get(0);
    }

    public LocalDate getDob() {
        return dob;
    }

    public String getIdSystem() {
        return idSystem;
    }

    public String getIdValue() {
        return idValue;
    }

    public CaseloadScope getScope() {
        return scope;
    }

    public String getAfterFamily() {
        return afterFamily;
    }

    public String getAfterGiven() {
        return afterGiven;
    }

    public String getAfterId() {
        return afterId;
    }
}
