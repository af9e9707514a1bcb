/** Where `elasticweb-agent provision` writes the agent's config, and where its systemd unit reads it. */
export const AGENT_CONFIG_PATH = '/etc/elasticweb/agent.json';

/**
 * The command an administrator copies from the panel to enroll a new host. Each value
 * is joined to its option with `=`, so no value (a token from before tokens had a
 * prefix may start with `-`) can be taken for an option. The config names the state
 * folder and the layout the host reports.
 */
export function enrollCommand(api: string, token: string, config: string = AGENT_CONFIG_PATH): string {
  return `npx elasticweb-agent enroll --api=${api} --token=${token} --config=${config}`;
}
