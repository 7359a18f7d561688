package io.broadsheet.extractor.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {

  @Test
  void removesTheBylineWordInSeveralLanguages() {
    assertThat(AuthorNames.split("Von Ida Berg")).containsExactly("Ida Berg");
    assertThat(AuthorNames.split("Par Jeanne Roux et Luc Morel"))
        .containsExactly("Jeanne Roux", "Luc Morel");
    assertThat(AuthorNames.split("Por Ana Gil y Pablo Ruiz"))
        .containsExactly("Ana Gil", "Pablo Ruiz");
  }

  @Test
  void readsBylinesOfFurtherLanguages() {
    assertThat(AuthorNames.split("Yazan: Ayşe Demir")).containsExactly("Ayşe Demir");
    // Indonesian "Oleh" (by) is left out: it is also a Ukrainian first name
    assertThat(AuthorNames.split("Oleh Sukhov")).containsExactly("Oleh Sukhov");
    assertThat(AuthorNames.split("Írta: Kovács Anna és Nagy Péter"))
        .containsExactly("Kovács Anna", "Nagy Péter");
    assertThat(AuthorNames.split("Ana Pop și Ion Rusu")).containsExactly("Ana Pop", "Ion Rusu");
    assertThat(AuthorNames.split("Anna Nowak oraz Jan Kowalski"))
        .containsExactly("Anna Nowak", "Jan Kowalski");
    assertThat(AuthorNames.split("Dan Lee")).containsExactly("Dan Lee");
  }

  @Test
  void dropsRolesEmailsAndDates() {
    assertThat(AuthorNames.split("Ann Lee, staff writer, ann@news.example, 3 May 2024"))
        .containsExactly("Ann Lee");
  }

  @Test
  void dropsAJobTitleOrCredentialsBesideAName() {
    assertThat(AuthorNames.split("By ANN LEE, AP Harbour Writer")).containsExactly("ANN LEE");
    assertThat(AuthorNames.split("Ann Lee, MS, RDN")).containsExactly("Ann Lee");
    assertThat(AuthorNames.split("Ann Lee, Senior Correspondent")).containsExactly("Ann Lee");
  }

  @Test
  void dropsTheLabelsOfAnAuthorBoxsLinks() {
    assertThat(AuthorNames.split("Ann Lee | Follow us | Twitter | Email"))
        .containsExactly("Ann Lee");
    assertThat(AuthorNames.split("View all posts by Ann Lee")).isEmpty();
    assertThat(AuthorNames.split("Ver más artículos")).isEmpty();
  }

  @Test
  void aPictureCreditIsNoByline() {
    assertThat(AuthorNames.split("Foto: Bo Park")).isEmpty();
    assertThat(AuthorNames.split("(Image: Harbour Pictures via Getty Images)")).isEmpty();
  }

  @Test
  void dropsTheReportersTitleOfKoreanBylinesAndARegisteredMark() {
    assertThat(AuthorNames.split("홍길동 기자")).containsExactly("홍길동");
    assertThat(AuthorNames.split("Ann Lee, CFP®")).containsExactly("Ann Lee");
  }

  @Test
  void aJobTitleReadApartFromTheNameGoesWhenThereIsAName() {
    assertThat(AuthorNames.withoutTitles(List.of("Ann Lee", "Freelance sports writer")))
        .containsExactly("Ann Lee");
    assertThat(AuthorNames.withoutTitles(List.of("Harbour Desk Editor")))
        .containsExactly("Harbour Desk Editor");
  }

  @Test
  void keepsADeskWhenItIsTheWholeByline() {
    assertThat(AuthorNames.split("Harbour Desk Editor")).containsExactly("Harbour Desk Editor");
  }

  @Test
  void dropsAnAccountLogin() {
    assertThat(AuthorNames.split("admin")).isEmpty();
    assertThat(AuthorNames.split("By Administrator")).isEmpty();
    assertThat(AuthorNames.split("Гость")).isEmpty();
  }

  @Test
  void keepsNamesInScriptsWithoutCase() {
    assertThat(AuthorNames.split("山田 花子")).containsExactly("山田 花子");
  }

  @Test
  void dropsAnEditorSignInParentheses() {
    assertThat(AuthorNames.split("Ann Lee (al), Bo Park (bp.)"))
        .containsExactly("Ann Lee", "Bo Park");
  }

  @Test
  void dropsARoleAgencyOrPlaceInParenthesesAfterAName() {
    assertThat(AuthorNames.split("Lia Ferrer, Pau Vidal (Enviado especial)"))
        .containsExactly("Lia Ferrer", "Pau Vidal");
    assertThat(AuthorNames.split("Bo Park (dpa) und Eva Rot (Berlin)"))
        .containsExactly("Bo Park", "Eva Rot");
  }

  @Test
  void aBylineNamesOnlyTheAuthors() {
    List<String> authors = List.of("Ann Lee", "Bo Park");
    assertThat(AuthorNames.namesOnly("By ANN LEE and Bo Park", authors)).isTrue();
    assertThat(AuthorNames.namesOnly("Von Ann\u00a0Lee", authors)).isTrue();
    assertThat(AuthorNames.namesOnly("By Ann Lee and Cy Rowe", authors)).isFalse();
    assertThat(AuthorNames.namesOnly("By Cy Rowe", authors)).isFalse();
    assertThat(AuthorNames.namesOnly("Ann Lee", List.of())).isFalse();
  }
}
