// A stand-in for an académie's ENT: a real OpenID provider (oidc-provider) with the accounts of accounts.json and
// a login form plain enough for a test to post it without a browser. Started by scripts/oidc, never in production.
//   node server.mjs PORT [CLIENT_BASE_URL...]
// The client "sillage" (secret "sillage-test-secret") uses the code flow with PKCE (required); each client base URL
// (default https://localhost) gives a redirect URI BASE/signin-oidc and a post-logout URI BASE/signout-callback-oidc.
import { readFileSync } from 'node:fs';
import Provider from 'oidc-provider';

const port = Number(process.argv[2]);
const bases = process.argv.length > 3 ? process.argv.slice(3) : ['https://localhost'];
const issuer = `http://127.0.0.1:${port}`;
const { password, accounts } = JSON.parse(readFileSync(new URL('./accounts.json', import.meta.url), 'utf8'));

const escape = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (title, body) => `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>${escape(title)}</title></head><body><h1>${escape(title)}</h1>${body}</body></html>`;

const provider = new Provider(issuer, {
  clients: [{
    client_id: 'sillage',
    client_secret: 'sillage-test-secret',
    client_name: 'Sillage',
    redirect_uris: bases.map((b) => `${b}/signin-oidc`),
    post_logout_redirect_uris: bases.map((b) => `${b}/signout-callback-oidc`),
    grant_types: ['authorization_code'],
    response_types: ['code'],
    token_endpoint_auth_method: 'client_secret_post',
  }],
  pkce: { required: () => true },
  scopes: ['openid', 'profile', 'email', 'ent'],
  claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'], ent: ['ent_uid', 'ine'] },
  cookies: { keys: ['sillage-test-provider-cookie-key'] },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: {
      enabled: true,
      logoutSource: (ctx, form) => {
        ctx.body = page('Déconnexion de l’ENT', `${form}<button type="submit" form="op.logoutForm" name="logout" value="yes">Se déconnecter</button>`);
      },
      postLogoutSuccessSource: (ctx) => { ctx.body = page('Déconnecté de l’ENT', ''); },
    },
  },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // Sillage is the ENT's own service: no consent screen, the grant is given at sign-in.
  loadExistingGrant: async (ctx) => {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile email ent');
    await grant.save();
    return grant;
  },
  findAccount: (ctx, id) => (Object.hasOwn(accounts, id)
    ? { accountId: id, claims: () => ({ sub: id, ...accounts[id] }) }
    : undefined),
  renderError: (ctx, out) => { ctx.type = 'html'; ctx.body = page('Erreur', `<pre>${escape(JSON.stringify(out))}</pre>`); },
});

const readForm = async (req) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  return new URLSearchParams(body);
};

const loginForm = (uid, error) => page('Connexion à l’ENT', `${error ? `<p role="alert">${escape(error)}</p>` : ''}
<form method="post" action="/interaction/${escape(uid)}">
  <label>Identifiant <input name="login" autocomplete="username"></label>
  <label>Mot de passe <input name="password" type="password"></label>
  <button type="submit">Se connecter</button>
</form>`);

// The login step: any other prompt (consent) is granted by loadExistingGrant above.
provider.use(async (ctx, next) => {
  const match = /^\/interaction\/([^/]+)$/.exec(ctx.path);
  if (!match) return next();
  const details = await provider.interactionDetails(ctx.req, ctx.res);
  if (ctx.method === 'GET') {
    ctx.type = 'html';
    ctx.body = loginForm(details.uid);
    return undefined;
  }
  const form = await readForm(ctx.req);
  const login = form.get('login') ?? '';
  if (!Object.hasOwn(accounts, login) || form.get('password') !== password) {
    ctx.status = 200;
    ctx.type = 'html';
    ctx.body = loginForm(details.uid, 'Identifiant ou mot de passe incorrect.');
    return undefined;
  }
  ctx.respond = false;
  await provider.interactionFinished(ctx.req, ctx.res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  return undefined;
});

// What went wrong on the provider's side, for the test run's log (scripts/oidc keeps it in DIR/server.log).
for (const event of ['server_error', 'authorization.error', 'pushed_authorization_request.error', 'grant.error', 'userinfo.error', 'end_session.error']) {
  provider.on(event, (ctx, error) => console.error(`${event}: ${error?.message} ${error?.error_description ?? ''}`));
}

provider.listen(port, '127.0.0.1', () => console.log(`oidc-provider listening on ${issuer}`));
