package fr.centreisere.concierge.catalog.web;

import java.util.List;

/** The API's page envelope: {@code {content, page, size, totalElements}}. */
public record PageView<T>(List<T> content, int page, int size, long totalElements) {
}
