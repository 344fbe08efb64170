package org.swab.mentorsync.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.data.repository.Repository;

class DeferredRepositoriesTest {

    interface Notes extends Repository<Object, Long> {
        String title();
    }

    record NoteService(Notes notes) {}

    @Test
    void a_bean_that_needs_a_repository_is_made_before_the_repository_which_is_made_once_the_context_is_refreshed() {
        AtomicInteger repositoriesMade = new AtomicInteger();
        try (var context = new GenericApplicationContext()) {
            context.getDefaultListableBeanFactory()
                    .setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
            var repository = new RootBeanDefinition(Notes.class, () -> {
                repositoriesMade.incrementAndGet();
                return (Notes) () -> "minutes";
            });
            repository.setLazyInit(true);
            context.registerBeanDefinition("notes", repository);
            var service = new RootBeanDefinition(NoteService.class);
            service.setLazyInit(true);
            service.setAutowireMode(AbstractBeanDefinition.AUTOWIRE_CONSTRUCTOR);
            context.registerBeanDefinition("noteService", service);
            DeferredRepositories.defer(context.getDefaultListableBeanFactory());

            NoteService made = context.getDefaultListableBeanFactory().getBean(NoteService.class);
            assertThat(repositoriesMade).hasValue(0);

            context.refresh();
            assertThat(repositoriesMade).hasValue(1);
            assertThat(made.notes().title()).isEqualTo("minutes");
        }
    }
}
