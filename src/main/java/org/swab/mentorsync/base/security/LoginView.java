package org.swab.mentorsync.base.security;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Log in · Mentor Sync")
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm loginForm = new LoginForm();

    LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        add(
                new H1("Mentor Sync"),
                new Paragraph("Admins only. The first password is printed once in the server log."),
                loginForm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed =
                event.getLocation().getQueryParameters().getParameters().containsKey("error");
        loginForm.setI18n(failed && lastFailureWasThrottled() ? throttledMessage() : LoginI18n.createDefault());
        loginForm.setError(failed);
    }

    /** The form login's failure handler keeps the exception in the session before redirecting to ?error. */
    private static boolean lastFailureWasThrottled() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null
                && session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)
                        instanceof LoginThrottledException;
    }

    private static LoginI18n throttledMessage() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getErrorMessage().setTitle("Too many failed sign-ins");
        i18n.getErrorMessage().setMessage(LoginThrottledException.MESSAGE + ".");
        return i18n;
    }
}
