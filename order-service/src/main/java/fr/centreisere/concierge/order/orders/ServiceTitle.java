package fr.centreisere.concierge.order.orders;

/** The ordered service's title when it was ordered, French first. */
public record ServiceTitle(String fr, String en) {
}
