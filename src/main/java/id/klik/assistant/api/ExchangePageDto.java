package id.klik.assistant.api;

import id.klik.assistant.application.ExchangeView;
import java.util.List;

/** A page of the assistant's exchanges, newest first. */
public record ExchangePageDto(List<ExchangeView> items, int page, int size, long total) {}
