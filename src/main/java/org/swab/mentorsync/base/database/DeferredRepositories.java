package org.swab.mentorsync.base.database;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Component;

/**
 * Spring Data's deferred repository bootstrap ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}) for
 * the context Spring AOT prepared at build time, where Spring Data does not set it up: a repository is injected as
 * a lazy proxy, so no bean waits at start-up for Hibernate, which boots on a background thread meanwhile, and every
 * repository is created once the context is refreshed. A regular start leaves this to Spring Data.
 */
@Component
class DeferredRepositories implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (AotDetector.useGeneratedArtifacts() && beanFactory instanceof DefaultListableBeanFactory factory) {
            defer(factory);
        }
    }

    static void defer(DefaultListableBeanFactory factory) {
        if (factory.getAutowireCandidateResolver().getClass() != ContextAnnotationAutowireCandidateResolver.class) {
            return; // someone else's resolver (Spring Data's own, in a regular start)
        }
        factory.setAutowireCandidateResolver(new LazyRepositoryInjection());
        factory.registerSingleton(
                DeferredRepositories.class.getName() + ".initializer", new InitializeWhenRefreshed(factory));
    }

    private record InitializeWhenRefreshed(ListableBeanFactory beanFactory)
            implements ApplicationListener<ContextRefreshedEvent> {
        @Override
        public void onApplicationEvent(ContextRefreshedEvent refreshed) {
            beanFactory.getBeansOfType(Repository.class);
        }
    }

    private static final class LazyRepositoryInjection extends ContextAnnotationAutowireCandidateResolver {
        @Override
        protected boolean isLazy(DependencyDescriptor descriptor) {
            return super.isLazy(descriptor) || Repository.class.isAssignableFrom(descriptor.getDependencyType());
        }
    }
}
