package fr.centreisere.concierge.platform.page;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list and how many items match in all: what a port answers for a page of its items and, mapped
 * to views, the JSON envelope of every list of the API, {@code {content, page, size, totalElements}}.
 *
 * @param content       the items of this page, in the list's order
 * @param page          the page's number, from 0
 * @param size          the most items a page holds
 * @param totalElements how many items match across all pages
 */
public record Page<T>(List<T> content, int page, int size, long totalElements) {

    public Page {
        content = List.copyOf(content);
    }

    public static <T> Page<T> empty(int page, int size) {
        return new Page<>(List.of(), page, size, 0);
    }

    /** The same page with each item turned into another (e.g. a domain object into its view). */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(content.stream().<R>map(mapper).toList(), page, size, totalElements);
    }
}
