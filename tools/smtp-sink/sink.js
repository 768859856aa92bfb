// A local SMTP sink for the cluster test: accepts every message on 127.0.0.1:PORT and writes it, as received, to
// DIR/<n>.eml. No authentication, no TLS: loopback only.
//   node sink.js PORT DIR
const fs = require("fs");
const path = require("path");
const { SMTPServer } = require("smtp-server");

const [port, dir] = process.argv.slice(2);
fs.mkdirSync(dir, { recursive: true });
let count = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  logger: false,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on("data", (c) => chunks.push(c));
    stream.on("end", () => {
      count += 1;
      fs.writeFileSync(path.join(dir, `${Date.now()}-${process.pid}-${count}.eml`), Buffer.concat(chunks));
      callback();
    });
  },
});
server.on("error", (e) => console.error(e));
server.listen(Number(port), "127.0.0.1", () => console.log(`SMTP sink on 127.0.0.1:${port}, writing to ${dir}`));
