// The former name, kept while the shell still imports it: route #/insights to InsightsView and delete this file.
export { InsightsView as InsightsPage } from './InsightsView';
