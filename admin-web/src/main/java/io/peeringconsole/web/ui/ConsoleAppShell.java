package io.peeringconsole.web.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view. Styles are plain CSS served as static resources (Lumo from its jar, ours from
 * {@code styles/}), so that the pre-built production bundle serves as is and no frontend build runs.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/console.css")
public class ConsoleAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Peering Console");
    }
}
