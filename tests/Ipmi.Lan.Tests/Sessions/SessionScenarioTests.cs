using Ipmi.Lan.Crypto;
using Ipmi.Lan.Rakp;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Sessions;

/// <summary>Whole sessions driven through <see cref="DatagramProcessor"/> by a scripted console.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class SessionScenarioTests
{
    private static readonly byte[] DeviceId = GetDeviceIdStub.Response;

    public static readonly CipherSuite[] Suites =
        [CipherSuite.Suite1, CipherSuite.Suite2, CipherSuite.Suite3, CipherSuite.Suite15, CipherSuite.Suite16, CipherSuite.Suite17];

    private static (LanFixture Lan, ScriptedClient Client) Start(Action<LanOptions>? configure = null)
    {
        var lan = new LanFixture(configure);
        return (lan, new ScriptedClient(lan.Processor));
    }

    [TestCaseSource(nameof(Suites))]
    public void Login_and_get_device_id(CipherSuite suite)
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(suite, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, DeviceId);
        Assert.That(lan.Stub.Calls, Is.EqualTo(1));
        Assert.That(lan.Sessions.ActiveCount, Is.EqualTo(1));
    }

    [Test]
    public void Outbound_sequence_numbers_count_up_from_one()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite17, "admin", "secret").SendCommand(NetFn.App, 0x01);
        Assert.That(client.ReplySequence, Is.EqualTo(1u));
        client.SendCommand(NetFn.App, 0x01);
        Assert.That(client.ReplySequence, Is.EqualTo(2u));
    }

    [Test]
    public void Wrong_password_gets_rakp4_invalid_integrity_check_value_and_the_session_is_removed()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors)
            .SendRakp3(correct: false).ExpectRakp4(RmcpPlusStatus.InvalidIntegrityCheckValue);
        Assert.That(lan.Sessions.HalfOpenCount + lan.Sessions.ActiveCount, Is.Zero);
    }

    [Test]
    public void Console_reporting_a_bad_rakp2_ends_the_handshake()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors)
            .SendRakp3(status: RmcpPlusStatus.InvalidIntegrityCheckValue).ExpectRakp4(RmcpPlusStatus.InvalidIntegrityCheckValue);
        Assert.That(lan.Sessions.HalfOpenCount, Is.Zero);
    }

    [TestCase("nobody")]
    [TestCase("off")]
    [TestCase("")]
    public void Unknown_disabled_or_anonymous_user_gets_unauthorized_name_and_nothing_else(string user)
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1(user, "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.UnauthorizedName);
        Assert.That(lan.Sessions.HalfOpenCount, Is.Zero);
    }

    [Test]
    public void Name_longer_than_16_bytes_gets_invalid_name_length()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1(new string('a', 17), "secret", PrivilegeLevel.User).ExpectRakp2(RmcpPlusStatus.InvalidNameLength);
    }

    [Test]
    public void Cipher_suite_zero_is_refused_unless_allowed()
    {
        var (lan, client) = Start();
        using (lan)
            client.SendOpenSession(CipherSuite.Suite0).ExpectOpenSession(RmcpPlusStatus.NoCipherSuiteMatch);
        var (allowing, client0) = Start(o => o.AllowCipherSuiteZero = true);
        using (allowing)
            client0.SendOpenSession(CipherSuite.Suite0).ExpectOpenSession(RmcpPlusStatus.NoErrors);
    }

    [Test]
    public void Suite_not_in_the_offered_list_is_refused()
    {
        var (lan, client) = Start(o => o.CipherSuites = [17]);
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoCipherSuiteMatch);
    }

    [TestCase(PrivilegeLevel.Unspecified, PrivilegeLevel.Administrator)]
    [TestCase(PrivilegeLevel.User, PrivilegeLevel.User)]
    [TestCase(PrivilegeLevel.Operator, PrivilegeLevel.Operator)]
    public void Open_session_grants_the_requested_level_or_administrator_for_zero(PrivilegeLevel requested, PrivilegeLevel granted)
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite3, requested).ExpectOpenSession(RmcpPlusStatus.NoErrors, granted);
    }

    [Test]
    public void Name_only_lookup_caps_the_session_at_the_users_privilege()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite3, "viewer", "viewsecret", PrivilegeLevel.Administrator)
            .SendCommand(NetFn.App, 0x3B, 0x04).ExpectResponse(CompletionCode.CommandSpecific81)
            .SendCommand(NetFn.App, 0x3B, 0x02).ExpectResponse(0, 0x02)
            .SendCommand(NetFn.App, 0x3B, 0x05).ExpectResponse(CompletionCode.CommandSpecific80);
    }

    [Test]
    public void Name_and_privilege_lookup_does_not_find_a_user_below_the_requested_level()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1("viewer", "viewsecret", PrivilegeLevel.Administrator, nameOnly: false).ExpectRakp2(RmcpPlusStatus.UnauthorizedName);
    }

    [Test]
    public void Session_starts_at_user_and_commands_check_privilege_before_running()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite17, "operator", "opsecret", PrivilegeLevel.Operator)
            .SendCommand(NetFn.Chassis, 0x02, 0x01).ExpectResponse(CompletionCode.InsufficientPrivilege)
            .SendCommand(NetFn.App, 0x3B, 0x00).ExpectResponse(0, 0x02)
            .SendCommand(NetFn.App, 0x3B, 0x03).ExpectResponse(0, 0x03)
            .SendCommand(NetFn.Chassis, 0x02, 0x01).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x3B, 0x04).ExpectResponse(CompletionCode.CommandSpecific81);
    }

    [Test]
    public void Sequence_window_drops_repeats_and_far_jumps_and_accepts_late_unseen_numbers()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite3, "admin", "secret");
        var message = client.SendCommand(NetFn.App, 0x01).LastMessage;
        client.SendMessage(message, 10).ExpectResponse(0, DeviceId);
        var replay = client.LastSent;
        client.Send(replay).ExpectDrop()
            .SendMessage(message, 26).ExpectDrop()
            .SendMessage(message, 0).ExpectDrop()
            .SendMessage(message, 25).ExpectResponse(0, DeviceId)
            .SendMessage(message, 11).ExpectResponse(0, DeviceId)
            .SendMessage(message, 11).ExpectDrop()
            .SendMessage(message, 9).ExpectDrop()
            .SendMessage(message, 5).ExpectDrop();
    }

    [Test]
    public void Retried_request_is_answered_again_without_running_twice()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite17, "admin", "secret")
            .SendCommand(NetFn.App, 0x01).ExpectResponse(0, DeviceId)
            .Retry().ExpectResponse(0, DeviceId);
        Assert.That(lan.Stub.Calls, Is.EqualTo(1));
        Assert.That(client.ReplySequence, Is.EqualTo(2u), "the cached response is re-wrapped with a fresh sequence number");
        client.SendCommand(NetFn.App, 0x01).ExpectResponse(0, DeviceId);
        Assert.That(lan.Stub.Calls, Is.EqualTo(2));
        lan.Clock.Advance(TimeSpan.FromSeconds(6));
        client.Retry().ExpectResponse(0, DeviceId);
        Assert.That(lan.Stub.Calls, Is.EqualTo(3), "past the retry window the request runs again");
    }

    [Test, Description("ipmitool retries a Chassis Control after 1 s while the power cycle still holds the button")]
    public async Task Retry_of_a_request_still_running_is_dropped_and_runs_once()
    {
        using var lan = new LanFixture();
        ValueTask<int> first = default;
        var client = new ScriptedClient(datagram =>
        {
            var reply = new byte[DatagramProcessor.MaxDatagram];
            var pending = lan.Processor.ProcessAsync(datagram, reply, LanFixture.Console, CancellationToken.None);
            if (pending.IsCompleted)
                return reply[..pending.Result];
            first = pending;
            return [];
        });
        client.Login(CipherSuite.Suite17, "admin", "secret")
            .SendCommand(NetFn.App, 0x3B, 0x04).ExpectResponse(0, 0x04);
        lan.Stub.ChassisControlHold = new TaskCompletionSource();
        var before = lan.Stub.Executions;

        client.SendCommand(NetFn.Chassis, 0x02, 0x02).ExpectDrop();
        client.Retry().ExpectDrop();
        Assert.That(lan.Stub.Executions - before, Is.EqualTo(1), "the retry did not run the action again");

        lan.Stub.ChassisControlHold.SetResult();
        Assert.That(await first, Is.GreaterThan(0), "the first run is answered");
        client.Retry().ExpectResponse(0);
        Assert.That(lan.Stub.Executions - before, Is.EqualTo(1), "a retry after the answer comes from the cache");
    }

    [Test]
    public void Idle_session_times_out()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite3, "admin", "secret");
        lan.Clock.Advance(TimeSpan.FromSeconds(59));
        client.SendCommand(NetFn.App, 0x01).ExpectResponse(0, DeviceId);
        lan.Clock.Advance(TimeSpan.FromSeconds(61));
        client.SendCommand(NetFn.App, 0x01).ExpectDrop();
        Assert.That(lan.Sessions.ActiveCount, Is.Zero);
    }

    [Test]
    public void Half_open_session_is_reaped()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        Assert.That(lan.Sessions.HalfOpenCount, Is.EqualTo(1));
        lan.Clock.Advance(TimeSpan.FromSeconds(6));
        client.SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.InvalidSessionId);
        Assert.That(lan.Sessions.HalfOpenCount, Is.Zero);
    }

    [Test]
    public void With_every_slot_active_open_session_is_left_unanswered_and_a_retry_gets_in_once_one_closes()
    {
        var (lan, client) = Start(o => o.MaxSessions = 2);
        using var _ = lan;
        client.Login(CipherSuite.Suite3, "admin", "secret");
        new ScriptedClient(lan.Processor).Login(CipherSuite.Suite17, "admin", "secret");
        var late = new ScriptedClient(lan.Processor).SendOpenSession(CipherSuite.Suite3).ExpectDrop();
        client.SendCommand(NetFn.App, 0x3C, BitConverter.GetBytes(client.BmcSessionId)).ExpectResponse(0);
        late.SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
    }

    [Test]
    public void A_rakp3_that_finds_every_slot_taken_is_left_unanswered_and_its_retry_completes_once_one_closes()
    {
        var (lan, client) = Start(o => o.MaxSessions = 1);
        using var _ = lan;
        var late = new ScriptedClient(lan.Processor).SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors);
        client.Login(CipherSuite.Suite3, "admin", "secret");
        late.SendRakp3().ExpectDrop();
        client.SendCommand(NetFn.App, 0x3C, BitConverter.GetBytes(client.BmcSessionId)).ExpectResponse(0);
        late.SendRakp3().ExpectRakp4(RmcpPlusStatus.NoErrors);
    }

    [Test]
    public void A_full_half_open_table_displaces_only_the_largest_holders_oldest_waiting_session()
    {
        var (lan, _) = Start(o => { o.MaxHalfOpenSessions = 3; o.MaxHalfOpenPerSource = 2; });
        using var __ = lan;
        ScriptedClient From(int n, int port) => new(lan.Processor, new System.Net.IPEndPoint(System.Net.IPAddress.Parse($"127.0.0.{n}"), port));
        var flooder = From(2, 40000).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        From(2, 40001).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        var other = From(3, 40000).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        From(4, 40000).Login(CipherSuite.Suite3, "admin", "secret");
        Assert.That(lan.Sessions.ActiveCount, Is.EqualTo(1));
        flooder.SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.InvalidSessionId);
        other.SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors);
    }

    [Test]
    public void A_source_at_its_cap_makes_room_from_its_own_oldest_waiting_session_only()
    {
        var (lan, _) = Start(o => o.MaxHalfOpenPerSource = 2);
        using var __ = lan;
        ScriptedClient From(string address, int port) => new(lan.Processor, new System.Net.IPEndPoint(System.Net.IPAddress.Parse(address), port));
        var other = From("127.0.0.9", 41000).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        var oldest = From("127.0.0.1", 41000).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        var second = From("127.0.0.1", 41001).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        From("127.0.0.1", 41002).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors);
        Assert.That(lan.Sessions.HalfOpenCount, Is.EqualTo(3));
        oldest.SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.InvalidSessionId);
        second.SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors);
        other.SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors);
    }

    [Test]
    public void A_source_at_its_cap_with_every_handshake_past_rakp2_is_left_unanswered()
    {
        var (lan, _) = Start(o => o.MaxHalfOpenPerSource = 2);
        using var __ = lan;
        var clients = Enumerable.Range(0, 2)
            .Select(i => new ScriptedClient(lan.Processor, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 41000 + i))
                .SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(RmcpPlusStatus.NoErrors)
                .SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors))
            .ToList();
        new ScriptedClient(lan.Processor, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 41009))
            .SendOpenSession(CipherSuite.Suite3).ExpectDrop();
        clients[0].SendRakp3().ExpectRakp4(RmcpPlusStatus.NoErrors);
    }

    [Test]
    public void Tampered_auth_code_is_dropped_before_anything_runs()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite3, "admin", "secret").SendCommand(NetFn.App, 0x01);
        var tampered = client.LastSent.ToArray();
        tampered[^1] ^= 0x01;
        client.Send(tampered).ExpectDrop();
        Assert.That(lan.Stub.Calls, Is.EqualTo(1));
    }

    [Test]
    public void Unprotected_packet_in_an_encrypted_session_is_dropped()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite3, "admin", "secret").SendCommand(NetFn.App, 0x01);
        var plain = client.LastSent.ToArray();
        plain[5] = 0x00;
        client.Send(plain).ExpectDrop();
    }

    [Test]
    public void Unknown_commands_and_ipmitool_probes_get_c1_and_handler_faults_get_ff()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite17, "admin", "secret")
            .SendCommand(NetFn.GroupExtension, 0x3E, 0x00).ExpectResponse(CompletionCode.InvalidCommand)
            .SendCommand(NetFn.GroupExtension, 0x00, 0x00).ExpectResponse(CompletionCode.InvalidCommand)
            .SendCommand(NetFn.Storage, 0x10).ExpectResponse(CompletionCode.InvalidCommand)
            .SendCommand(NetFn.App, 0x99).ExpectResponse(CompletionCode.Unspecified);
    }

    [Test]
    public void Close_session_answers_then_ends_the_session()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite17, "admin", "secret");
        var id = BitConverter.GetBytes(client.BmcSessionId);
        client.SendCommand(NetFn.App, 0x3C, id).ExpectResponse(0);
        Assert.That(lan.Sessions.ActiveCount, Is.Zero);
        client.SendCommand(NetFn.App, 0x01).ExpectDrop();
    }

    [Test]
    public void Close_session_of_an_unknown_id_is_87()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite3, "admin", "secret")
            .SendCommand(NetFn.App, 0x3C, 0x01, 0x02, 0x03, 0x04).ExpectResponse(CompletionCode.CommandSpecific87);
    }

    [Test]
    public void Get_session_info_finds_sessions_by_index_handle_and_id()
    {
        var (lan, client) = Start();
        using var _ = lan;
        var other = new ScriptedClient(lan.Processor, new System.Net.IPEndPoint(System.Net.IPAddress.Parse("10.1.2.3"), 0x1234));
        other.Login(CipherSuite.Suite3, "viewer", "viewsecret", PrivilegeLevel.User);
        client.Login(CipherSuite.Suite17, "admin", "secret");
        byte[] otherInfo = [0x01, 63, 2, 4, 0x02, 0x11, 10, 1, 2, 3, 0, 0, 0, 0, 0, 0, 0x34, 0x12];
        client.SendCommand(NetFn.App, 0x3D, 0x00).ExpectResponse(0, [0x02, 63, 2, 2, 0x02, 0x11, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0x40, 0x9C])
            .SendCommand(NetFn.App, 0x3D, 0x01).ExpectResponse(0, otherInfo)
            .SendCommand(NetFn.App, 0x3D, 0xFE, 0x01).ExpectResponse(0, otherInfo)
            .SendCommand(NetFn.App, 0x3D, [0xFF, .. BitConverter.GetBytes(other.BmcSessionId)]).ExpectResponse(0, otherInfo)
            .SendCommand(NetFn.App, 0x3D, 0x03).ExpectResponse(0, 0x00, 63, 2);
    }

    [Test]
    public void Get_channel_info_reports_a_multi_session_lan_channel()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.Login(CipherSuite.Suite3, "admin", "secret")
            .SendCommand(NetFn.App, 0x42, 0x0E).ExpectResponse(0, 0x01, 0x04, 0x01, 0x81, 0xF2, 0x1B, 0x00, 0x00, 0x00)
            .SendCommand(NetFn.App, 0x42, 0x05).ExpectResponse(CompletionCode.InvalidDataField);
    }

    [Test, Description("GUIDc in RAKP 2 is Get System GUID's wire encoding (§22.14, §20.8: RFC 4122 bytes reversed)")]
    public void Rakp2_carries_the_guid_as_get_system_guid_encodes_it()
    {
        var (lan, client) = Start();
        using var _ = lan;
        client.SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(RmcpPlusStatus.NoErrors)
            .SendRakp1("admin", "secret", PrivilegeLevel.Administrator).ExpectRakp2(RmcpPlusStatus.NoErrors);
        // 49504d49-5349-4445-4341-52504545521a, big-endian 49 50 4D 49 53 49 44 45 43 41 52 50 45 45 52 1A, reversed:
        var expected = Convert.FromHexString("1A5245455052414345444953494D5049");
        Assert.That(client.Reply[(16 + 24)..(16 + 40)], Is.EqualTo(expected));
        var getSystemGuid = new byte[16];
        new Ipmi.Protocol.App.GetGuidResponse(LanFixture.SystemGuid).WriteTo(getSystemGuid);
        Assert.That(getSystemGuid, Is.EqualTo(expected));
    }
}
