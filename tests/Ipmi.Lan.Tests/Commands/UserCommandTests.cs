using Ipmi.Lan.Crypto;
using Ipmi.Lan.Tests.Support;
using Ipmi.Protocol;

namespace Ipmi.Lan.Tests.Commands;

/// <summary>Get/Set User Access, Name and Password (IPMI v2.0 §22.26-22.30) through whole sessions.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class UserCommandTests
{
    private readonly LanFixture _lan = new();
    private ScriptedClient _admin = null!;

    [SetUp]
    public void Login() => _admin = new ScriptedClient(_lan.Processor).Login(CipherSuite.Suite17, "admin", "secret")
        .SendCommand(NetFn.App, 0x3B, 0x04).ExpectResponse(0, 0x04);

    [TearDown]
    public void Dispose() => _lan.Dispose();

    private static byte[] Name(string name)
    {
        var field = new byte[16];
        System.Text.Encoding.ASCII.GetBytes(name).CopyTo(field, 0);
        return field;
    }

    private static byte[] Password(byte userId, byte operation, string password, bool twenty = false)
    {
        var data = new byte[twenty ? 22 : 18];
        data[0] = (byte)((twenty ? 0x80 : 0) | userId);
        data[1] = operation;
        System.Text.Encoding.ASCII.GetBytes(password).CopyTo(data, 2);
        return data;
    }

    // Max 15 IDs; 3 enabled (admin, operator, viewer; "off" is disabled); 1 fixed name; access byte.
    [TestCase((byte)1, new byte[] { 0x0F, 0x83, 0x01, 0x0F }, Description = "the null user: disabled, no access")]
    [TestCase((byte)2, new byte[] { 0x0F, 0x43, 0x01, 0x14 }, Description = "admin: enabled, IPMI messaging, ADMINISTRATOR")]
    [TestCase((byte)4, new byte[] { 0x0F, 0x43, 0x01, 0x12 }, Description = "viewer: USER")]
    [TestCase((byte)5, new byte[] { 0x0F, 0x83, 0x01, 0x14 }, Description = "off: disabled")]
    [TestCase((byte)9, new byte[] { 0x0F, 0x83, 0x01, 0x1F }, Description = "an unconfigured slot: no access yet")]
    public void Get_user_access_reports_the_slot(byte id, byte[] expected) =>
        _admin.SendCommand(NetFn.App, 0x44, 0x01, id).ExpectResponse(0, expected)
            .SendCommand(NetFn.App, 0x44, 0x0E, id).ExpectResponse(0, expected);

    [TestCase((byte)0x01, (byte)0, Description = "user ID 0")]
    [TestCase((byte)0x01, (byte)16, Description = "past the maximum")]
    [TestCase((byte)0x02, (byte)2, Description = "another channel")]
    public void Get_user_access_refuses_invalid_ids_and_channels(byte channel, byte id) =>
        _admin.SendCommand(NetFn.App, 0x44, channel, id).ExpectResponse(CompletionCode.InvalidDataField);

    [Test]
    public void Get_user_name_pads_with_zeros_and_the_null_user_is_empty() =>
        _admin.SendCommand(NetFn.App, 0x46, 0x02).ExpectResponse(0, Name("admin"))
            .SendCommand(NetFn.App, 0x46, 0x01).ExpectResponse(0, new byte[16])
            .SendCommand(NetFn.App, 0x46, 0x07).ExpectResponse(0, new byte[16])
            .SendCommand(NetFn.App, 0x46, 0x10).ExpectResponse(CompletionCode.InvalidDataField);

    [Test, Description("What `ipmitool user set name 6 bob; user set password 6 …; user priv 6 3 1; user enable 6` sends")]
    public void A_new_user_is_named_given_a_password_and_access_then_logs_in()
    {
        _admin.SendCommand(NetFn.App, 0x45, [0x06, .. Name("bob")]).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x47, Password(6, 0x02, "bobs-password-20byte", twenty: true)).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x43, 0x01, 0x06, 0x03).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x47, Password(6, 0x01, "")).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x44, 0x01, 0x06).ExpectResponse(0, 0x0F, 0x44, 0x01, 0x13)
            .SendCommand(NetFn.App, 0x46, 0x06).ExpectResponse(0, Name("bob"));
        var bob = new ScriptedClient(_lan.Processor, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 40001));
        bob.Login(CipherSuite.Suite3, "bob", "bobs-password-20byte", PrivilegeLevel.Operator)
            .SendCommand(NetFn.App, 0x3B, 0x03).ExpectResponse(0, 0x03)
            .SendCommand(NetFn.App, 0x3B, 0x04).ExpectResponse(CompletionCode.CommandSpecific81);
    }

    [Test, Description("Set User Access with bit 7 set changes the IPMI messaging bit (§22.26)")]
    public void Ipmi_messaging_off_refuses_new_sessions()
    {
        _admin.SendCommand(NetFn.App, 0x43, 0x81, 0x04, 0x02).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x44, 0x01, 0x04).ExpectResponse(0, 0x0F, 0x43, 0x01, 0x02);
        new ScriptedClient(_lan.Processor).SendOpenSession(CipherSuite.Suite3).ExpectOpenSession(Rakp.RmcpPlusStatus.NoErrors)
            .SendRakp1("viewer", "viewsecret", PrivilegeLevel.User).ExpectRakp2(Rakp.RmcpPlusStatus.UnauthorizedName);
        _admin.SendCommand(NetFn.App, 0x43, 0x91, 0x04, 0x02).ExpectResponse(0);
        new ScriptedClient(_lan.Processor).Login(CipherSuite.Suite3, "viewer", "viewsecret", PrivilegeLevel.User);
    }

    [Test]
    public void Changes_take_effect_for_new_sessions_only()
    {
        var viewer = new ScriptedClient(_lan.Processor, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 40002))
            .Login(CipherSuite.Suite17, "viewer", "viewsecret", PrivilegeLevel.User);
        _admin.SendCommand(NetFn.App, 0x47, Password(4, 0x02, "newsecret")).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x47, Password(4, 0x00, "")).ExpectResponse(0);
        viewer.SendCommand(NetFn.App, 0x01).ExpectResponse(0, GetDeviceIdStub.Response);
        new ScriptedClient(_lan.Processor).SendOpenSession(CipherSuite.Suite17).ExpectOpenSession(Rakp.RmcpPlusStatus.NoErrors)
            .SendRakp1("viewer", "newsecret", PrivilegeLevel.User).ExpectRakp2(Rakp.RmcpPlusStatus.UnauthorizedName);
        _admin.SendCommand(NetFn.App, 0x47, Password(4, 0x01, "")).ExpectResponse(0);
        new ScriptedClient(_lan.Processor).Login(CipherSuite.Suite17, "viewer", "newsecret", PrivilegeLevel.User);
    }

    [Test]
    public void Test_password_answers_80_when_wrong_and_81_for_a_16_byte_test_of_a_longer_password()
    {
        _admin.SendCommand(NetFn.App, 0x47, Password(2, 0x03, "secret")).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x47, Password(2, 0x03, "secret", twenty: true)).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x47, Password(2, 0x03, "Secret")).ExpectResponse(CompletionCode.CommandSpecific80)
            .SendCommand(NetFn.App, 0x47, Password(3, 0x02, "seventeen-bytes!!", twenty: true)).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x47, Password(3, 0x03, "seventeen-bytes!")).ExpectResponse(CompletionCode.CommandSpecific81)
            .SendCommand(NetFn.App, 0x47, Password(3, 0x03, "seventeen-bytes!!", twenty: true)).ExpectResponse(0);
    }

    [Test]
    public void Set_user_password_checks_the_length_against_the_form()
    {
        byte[] twentyFlagWithSixteen = Password(2, 0x02, "x");
        twentyFlagWithSixteen[0] |= 0x80;
        _admin.SendCommand(NetFn.App, 0x47, twentyFlagWithSixteen).ExpectResponse(CompletionCode.RequestDataLengthInvalid)
            .SendCommand(NetFn.App, 0x47, 0x02, 0x02).ExpectResponse(CompletionCode.RequestDataLengthInvalid)
            .SendCommand(NetFn.App, 0x47, 0x05, 0x01).ExpectResponse(0);
        Assert.That(_lan.Users.Get(5)!.Enabled, Is.True, "enable without a password field");
    }

    [Test]
    public void The_null_user_and_duplicate_names_are_refused()
    {
        _admin.SendCommand(NetFn.App, 0x45, [0x01, .. Name("anon")]).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x47, Password(1, 0x01, "")).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x43, 0x01, 0x01, 0x04).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x45, [0x06, .. Name("admin")]).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x45, [0x06, .. Name("")]).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x45, [0x06, 0x61, 0x00, 0x62, .. new byte[13]]).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x43, 0x01, 0x06, 0x05).ExpectResponse(CompletionCode.InvalidDataField)
            .SendCommand(NetFn.App, 0x43, 0xC1, 0x06, 0x04).ExpectResponse(CompletionCode.InvalidDataField);
        Assert.That(_lan.Users.Get(6), Is.Null);
    }

    [Test, Description("`ipmitool channel setaccess 1 4 callin=on link=on ipmi=on privilege=3`: link authentication is accepted and has no effect")]
    public void Channel_setaccess_with_link_on_is_accepted() =>
        _admin.SendCommand(NetFn.App, 0x43, 0xB1, 0x04, 0x03).ExpectResponse(0)
            .SendCommand(NetFn.App, 0x44, 0x01, 0x04).ExpectResponse(0, 0x0F, 0x43, 0x01, 0x13);

    [Test, Description("Appendix G: the getters need Operator, the setters Administrator")]
    public void Operator_reads_users_but_cannot_change_them()
    {
        new ScriptedClient(_lan.Processor, new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 40003))
            .Login(CipherSuite.Suite3, "operator", "opsecret", PrivilegeLevel.Operator)
            .SendCommand(NetFn.App, 0x44, 0x01, 0x02).ExpectResponse(CompletionCode.InsufficientPrivilege)
            .SendCommand(NetFn.App, 0x3B, 0x03).ExpectResponse(0, 0x03)
            .SendCommand(NetFn.App, 0x44, 0x01, 0x02).ExpectResponse(0, 0x0F, 0x43, 0x01, 0x14)
            .SendCommand(NetFn.App, 0x46, 0x02).ExpectResponse(0, Name("admin"))
            .SendCommand(NetFn.App, 0x45, [0x06, .. Name("eve")]).ExpectResponse(CompletionCode.InsufficientPrivilege)
            .SendCommand(NetFn.App, 0x47, Password(3, 0x02, "x")).ExpectResponse(CompletionCode.InsufficientPrivilege)
            .SendCommand(NetFn.App, 0x43, 0x01, 0x03, 0x04).ExpectResponse(CompletionCode.InsufficientPrivilege);
        Assert.That(_lan.Users.Get(3)!.MaxPrivilege, Is.EqualTo(PrivilegeLevel.Operator));
    }
}
