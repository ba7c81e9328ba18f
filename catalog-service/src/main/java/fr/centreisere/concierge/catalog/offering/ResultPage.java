package fr.centreisere.concierge.catalog.offering;

import java.util.List;
import java.util.function.Function;

/** One page of results, with the total count across all pages. */
public record ResultPage<T>(List<T> content, int page, int size, long totalElements) {

    public ResultPage {
        content = List.copyOf(content);
    }

    public static <T> ResultPage<T> empty(int page, int size) {
        return new ResultPage<>(List.of(), page, size, 0);
    }

    public <R> ResultPage<R> map(Function<T, R> mapper) {
        return new ResultPage<>(content.stream().map(mapper).toList(), page, size, totalElements);
    }
}
