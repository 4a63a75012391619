import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startJourneyServer } from './start-server.js';

// The extension starts this bundle as a Node process talking over IPC.
startJourneyServer(createConnection(ProposedFeatures.all));
