package id.klik.review.web;

import id.klik.review.application.ReviewService;
import id.klik.review.application.ReviewView;
import id.klik.tenancy.application.TenantBound;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The caller's review sheets ({@code /t/<slug>/reviews}). */
@Named
@ViewScoped
@TenantBound
public class ReviewsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ReviewService service;

  private List<ReviewView> sheets = List.of();

  @PostConstruct
  void open() {
    sheets = service.mine();
  }

  public List<ReviewView> getSheets() {
    return sheets;
  }
}
