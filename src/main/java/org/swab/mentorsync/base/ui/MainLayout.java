package org.swab.mentorsync.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The shell around every view: side navigation built from the views' {@code @Menu}, the user and logout. */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    final SideNav navigation;
    final Button logout;

    MainLayout(AuthenticationContext authenticationContext) {
        setPrimarySection(Section.DRAWER);
        navigation = createNavigation();
        String username = authenticationContext.getPrincipalName().orElse("");
        logout = new Button("Log out", new Icon(VaadinIcon.SIGN_OUT), click -> authenticationContext.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Span appName = new Span("Mentor Sync");
        appName.addClassNames("text-l", "font-semibold", "p-m");
        Span user = new Span(username);
        user.addClassNames("text-s", "text-secondary");
        VerticalLayout footer = new VerticalLayout(user, logout);
        footer.setPadding(true);
        footer.setSpacing(false);

        HorizontalLayout navbar = new HorizontalLayout(new DrawerToggle());
        navbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        addToNavbar(true, navbar);
        addToDrawer(appName, new Scroller(navigation), footer);
    }

    private static SideNav createNavigation() {
        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(createItem(entry)));
        return nav;
    }

    private static SideNavItem createItem(MenuEntry entry) {
        if (entry.icon() != null) {
            return new SideNavItem(entry.title(), entry.path(), new Icon(entry.icon()));
        }
        return new SideNavItem(entry.title(), entry.path());
    }
}
