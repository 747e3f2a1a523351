package org.missioncj.trauma.impl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.missioncj.instrument.api.dto.Result;
import org.missioncj.trauma.api.dto.Screen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;

/** A screen's row and its DTO: the answers and the result are kept as JSON text. */
final class ScreenRows {
    private static final TypeReference<LinkedHashMap<String, Integer>> ANSWERS = new TypeReference<>() {
    };

    private ScreenRows() {
    }

    static Screen toDto(TraumaMapper.ScreenRow row, List<String> alertIds) {
        Screen s = new Screen();
        s.id = row.id;
        s.version = row.version;
        s.participantId = row.participantId;
        s.enrollmentId = row.enrollmentId;
        s.instrumentId = row.instrumentId;
        s.instrumentVersion = row.instrumentVersion;
        s.instrumentTitle = row.instrumentTitle;
        s.status = row.status;
        s.screenDate = row.screenDate;
        s.declineReason = row.declineReason;
        s.answers = row.answers == null ? new LinkedHashMap<>() : read(row.answers, ANSWERS, row.id);
        s.result = row.result == null ? null : read(row.result, new TypeReference<Result>() {
        }, row.id);
        s.alertIds = alertIds;
        s.rescreenDue = row.rescreenDue;
        s.createdAt = row.createdAt;
        s.createdBy = row.createdBy;
        return s;
    }

    static String text(Object value) {
        try {
            return InstrumentStore.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A screen did not write as JSON", e);
        }
    }

    private static <T> T read(String text, TypeReference<T> type, String screenId) {
        try {
            return InstrumentStore.JSON.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Screen " + screenId + " is stored as JSON that does not read", e);
        }
    }

    static Map<String, Integer> answersOf(Screen s) {
        return s.answers == null ? new LinkedHashMap<>() : s.answers;
    }
}
