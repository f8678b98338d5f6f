using Ipmi.Lan.Crypto;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Security;

/// <summary>
/// A USER or OPERATOR account never reaches a level above its limit, whatever it asks for in Open Session,
/// in RAKP 1 (with name-only or name-and-privilege lookup) and then in Set Session Privilege Level.
/// </summary>
public class PrivilegeEscalationTests
{
    private static readonly PrivilegeLevel[] Requests =
        [PrivilegeLevel.Unspecified, PrivilegeLevel.Callback, PrivilegeLevel.User, PrivilegeLevel.Operator, PrivilegeLevel.Administrator, PrivilegeLevel.Oem];

    [TestCase("operator", "opsecret", PrivilegeLevel.Operator)]
    [TestCase("viewer", "viewsecret", PrivilegeLevel.User)]
    public void No_combination_of_requests_exceeds_the_users_limit(string user, string password, PrivilegeLevel limit)
    {
        using var lan = new LanFixture(o => o.LoginBurst = 0);
        var combinations = 0;
        var sessionsOpened = 0;
        foreach (var openSession in Requests)
        foreach (var role in Requests)
        foreach (var nameOnly in new[] { true, false })
        {
            var client = new ScriptedClient(lan.Processor);
            client.SendOpenSession(CipherSuite.Suite17, openSession);
            if (client.Reply.Length == 0 || client.Reply[17] != 0)
                continue;
            client.ExpectOpenSession(RmcpPlusStatus.NoErrors).SendRakp1(user, password, role, nameOnly);
            if (client.Reply[17] != (byte)RmcpPlusStatus.NoErrors)
                continue;
            client.ExpectRakp2(RmcpPlusStatus.NoErrors).SendRakp3().ExpectRakp4(RmcpPlusStatus.NoErrors);
            sessionsOpened++;
            var session = lan.Sessions.Active().Single(s => s.Id == client.BmcSessionId);
            Assert.That(session.MaximumPrivilege, Is.LessThanOrEqualTo(limit), $"open {openSession}, role {role}, name-only {nameOnly}");
            foreach (var requested in Requests)
            {
                combinations++;
                client.SendCommand(NetFn.App, 0x3B, (byte)requested);
                Assert.That(session.Privilege, Is.LessThanOrEqualTo(limit), $"open {openSession}, role {role}, name-only {nameOnly}, set {requested}");
                Assert.That(session.Privilege, Is.Not.EqualTo(PrivilegeLevel.Administrator));
            }
            client.SendCommand(NetFn.App, 0x3C, BitConverter.GetBytes(client.BmcSessionId));
        }
        Assert.That(sessionsOpened, Is.GreaterThan(10), "enough of the combinations opened a session to try Set Session Privilege Level");
        Assert.That(combinations, Is.EqualTo(sessionsOpened * Requests.Length));
        Assert.That(lan.Stub.Calls, Is.Zero);
    }
}
