package fr.centreisere.concierge.order.orders.web;

import java.util.List;

/** A page of a list, as every list of the API is answered. */
record PageView<T>(List<T> content, int page, int size, long totalElements) {
}
