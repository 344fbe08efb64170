package org.swab.mentorsync.support;

import com.vaadin.browserless.ViewPackages;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.test.context.support.WithMockUser;

/** A browserless view test in the shared integration context, logged in as an admin. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@ViewPackages(packages = "org.swab.mentorsync")
@WithMockUser(username = IntegrationTest.ADMIN_USERNAME, roles = "ADMIN")
public @interface ViewTest {}
