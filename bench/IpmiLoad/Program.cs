using System.CommandLine;
using IpmiLoad.Client;
using IpmiLoad.Load;

// IpmiLoad: the same RMCP+ console against one or more servers, phase by phase, then one table.
var servers = new Option<string[]>("--server")
{
    Description = "NAME=HOST:PORT:PID of a server to measure (repeat; the table shows every other server / the last)",
    Required = true,
    Arity = ArgumentArity.OneOrMore,
};
var seconds = new Option<double>("--seconds") { Description = "length of each measured phase", DefaultValueFactory = _ => 5 };
var warmup = new Option<double>("--warmup") { Description = "unmeasured commands and logins first, per server", DefaultValueFactory = _ => 2 };
var clients = new Option<int>("--clients") { Description = "concurrent consoles in the many-client command phase", DefaultValueFactory = _ => 8 };
var suite = new Option<int>("--suite") { Description = "cipher suite, 3 or 17", DefaultValueFactory = _ => 3 };
var user = new Option<string>("--user") { DefaultValueFactory = _ => "admin" };
var password = new Option<string>("--password") { DefaultValueFactory = _ => "ipmisidecar" };
var timeout = new Option<int>("--timeout-ms") { Description = "how long a console waits for a reply", DefaultValueFactory = _ => 500 };

var root = new RootCommand("RMCP+ load generator: logins/s, commands/s, latency, server CPU and memory")
{
    servers, seconds, warmup, clients, suite, user, password, timeout,
};
root.SetAction(parse =>
{
    var targets = parse.GetValue(servers)!.Select(LoadTarget.Parse).ToArray();
    var settings = new ConsoleSettings(ConsoleSuite.FromId(parse.GetValue(suite)), parse.GetValue(user)!, parse.GetValue(password)!,
        TimeSpan.FromMilliseconds(parse.GetValue(timeout)));
    var phase = TimeSpan.FromSeconds(parse.GetValue(seconds));
    var warm = TimeSpan.FromSeconds(parse.GetValue(warmup));
    var many = parse.GetValue(clients);
    var results = new List<TargetResult>();
    foreach (var target in targets)
    {
        if (!LoadRun.WaitUntilAnswering(target, settings, TimeSpan.FromSeconds(30)))
        {
            Console.Error.WriteLine($"ipmiload: {target.Name} at {target.Endpoint} did not complete a login within 30 s");
            return 1;
        }
        results.Add(LoadRun.Measure(target, settings, phase, warm, many));
    }
    Console.Write(Report.Format(results, many));
    return 0;
});
return root.Parse(args).Invoke();
