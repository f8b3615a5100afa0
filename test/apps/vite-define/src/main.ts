// Every widget, registered, as the README's bundler section says.
import 'spasm-widgets/define';
