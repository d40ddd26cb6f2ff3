package dev.storyline.compare;

import dev.storyline.model.AnalyzedDocument;
import dev.storyline.model.Article;
import dev.storyline.model.Entity;
import dev.storyline.model.EntityType;
import dev.storyline.model.StoryEntity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EntityMergerTest {

    private static AnalyzedDocument mentioning(String id, Entity... entities) {
        Article article = new Article(id, id + ".txt", null, null, null, null, null, List.of("text"), List.of());
        return new AnalyzedDocument(article, List.of(), List.of(entities), List.of());
    }

    private static StoryEntity named(EntityMerger.Result result, String name) {
        return result.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aSurnameAndAnHonorificFormJoinTheFullNameAcrossDocuments() {
        EntityMerger.Result result = new EntityMerger().merge(List.of(
                mentioning("a", new Entity("Sergei Shoigu", EntityType.PERSON)),
                mentioning("b", new Entity("Mr Shoigu", EntityType.PERSON), new Entity("Shoigu", EntityType.OTHER))), "s1-n");
        StoryEntity shoigu = named(result, "Sergei Shoigu");
        assertThat(shoigu.aliases()).containsExactly("Mr Shoigu", "Shoigu");
        assertThat(shoigu.type()).isEqualTo(EntityType.PERSON);
        assertThat(shoigu.documents()).containsExactly("a", "b");
        assertThat(result.entities()).hasSize(1);
        assertThat(result.idOf("Shoigu")).isEqualTo(shoigu.id());
        assertThat(result.idOf("the minister")).isNull();
    }

    @Test
    void spellingVariantsAndAliasesFromTheTableAreOneEntity() {
        EntityMerger.Result result = new EntityMerger().merge(List.of(
                mentioning("a", new Entity("Defense Ministry", EntityType.ORGANIZATION),
                        new Entity("Islamic State", EntityType.ORGANIZATION)),
                mentioning("b", new Entity("Defence Ministry", EntityType.ORGANIZATION), new Entity("ISIL", EntityType.ORGANIZATION)),
                mentioning("c", new Entity("ISIS", EntityType.ORGANIZATION))), "s1-n");
        assertThat(result.entities()).hasSize(2);
        assertThat(named(result, "Islamic State").aliases()).containsExactly("ISIL", "ISIS");
        assertThat(named(result, "Defense Ministry").aliases()).containsExactly("Defence Ministry");
    }

    @Test
    void anAcronymJoinsTheOnlyNameWithItsInitials() {
        EntityMerger.Result result = new EntityMerger().merge(List.of(
                mentioning("a", new Entity("Kestrany Roads Inspectorate", EntityType.ORGANIZATION)),
                mentioning("b", new Entity("KRI", EntityType.ORGANIZATION))), "s1-n");
        assertThat(result.entities()).singleElement()
                .satisfies(e -> assertThat(e.aliases()).containsExactly("KRI"));
    }

    @Test
    void twoPeopleWithTheSameSurnameKeepTheSurnameApart() {
        EntityMerger.Result result = new EntityMerger().merge(List.of(
                mentioning("a", new Entity("Anna Berg", EntityType.PERSON), new Entity("Lars Berg", EntityType.PERSON)),
                mentioning("b", new Entity("Berg", EntityType.PERSON))), "s1-n");
        assertThat(result.entities()).hasSize(3);
        assertThat(result.entities()).extracting(StoryEntity::id).containsExactly("s1-n1", "s1-n2", "s1-n3");
    }
}
