package be.openboek.model;

import java.util.List;

/**
 * One part of the parliamentary question and where the site answers it.
 *
 * @param id         slug
 * @param number     its number in the question
 * @param question   the question
 * @param answer     the minister's answer, in our words
 * @param answeredBy pages that answer it: {@code subsidies}, {@code projects}, ... or {@code type/id}
 * @param sources    source ids
 * @param origin     where the record was written
 * @param questionEn the question in English, or null (English pages then show the Dutch)
 * @param answerEn   the answer in English, or null
 */
public record Question(String id, int number, String question, String answer, List<String> answeredBy,
        List<String> sources, Origin origin, String questionEn, String answerEn) implements Identified {
}
