using Ipmi.Protocol;
using Oem.State;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

/// <summary>DCMI v1.5 §6.4.2-6.4.6 asset tag and management controller identifier, in the chunks the clients send.</summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class DcmiIdentityCommandsTests : IDisposable
{
    private readonly HandlerHarness _harness = new(new FakeNode
    {
        Identity = new() { ManufacturerId = 0, ProductId = 1, FirmwareVersion = "1.02", SystemGuid = new Guid("7c1f6a2e-c5b0-11f0-8d2a-00163e5e6c01") },
    });

    public void Dispose() => _harness.Dispose();

    private Task<(CompletionCode Code, byte[] Data)> Dcmi(byte command, string data, PrivilegeLevel privilege = PrivilegeLevel.Administrator) =>
        _harness.CallAsync(NetFn.GroupExtension, command, data, privilege, group: 0xDC);

    private static string Text(string value) => string.Join(' ', value.Select(c => ((byte)c).ToString("x2")));

    [Test, Description("ipmitool dcmi asset_tag first reads 0 bytes to learn the length")]
    public async Task Asset_tag_is_empty_until_set()
    {
        var (code, data) = await Dcmi(0x06, "DC 00 00", PrivilegeLevel.User);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data), Is.EqualTo("dc 00"));
    }

    [Test, Description("FreeIPMI writes 16-byte chunks; the answer is offset plus bytes written")]
    public async Task Asset_tag_written_in_chunks_reads_back_in_chunks_and_survives_a_restart()
    {
        const string tag = "RACK-07-NODE-0042-X";
        Assert.That(Hex.Of((await Dcmi(0x08, "DC 00 10 " + Text(tag[..16]), PrivilegeLevel.Operator)).Data), Is.EqualTo("dc 10"));
        Assert.That(Hex.Of((await Dcmi(0x08, "DC 10 03 " + Text(tag[16..]), PrivilegeLevel.Operator)).Data), Is.EqualTo("dc 13"));
        _harness.Reopen();

        Assert.That(Hex.Of((await Dcmi(0x06, "DC 00 10", PrivilegeLevel.User)).Data), Is.EqualTo("dc 13 " + Text(tag[..16])));
        Assert.That(Hex.Of((await Dcmi(0x06, "DC 10 10", PrivilegeLevel.User)).Data), Is.EqualTo("dc 13 " + Text(tag[16..])), "fewer at the end");
    }

    [Test]
    public async Task A_shorter_asset_tag_replaces_a_longer_one()
    {
        await Dcmi(0x08, "DC 00 05 " + Text("ABCDE"));
        await Dcmi(0x08, "DC 00 02 " + Text("XY"));
        Assert.That(Hex.Of((await Dcmi(0x06, "DC 00 10")).Data), Is.EqualTo("dc 02 " + Text("XY")));
    }

    [TestCase("DC 00 11", CompletionCode.ParameterOutOfRange, Description = "a read of more than 16 bytes")]
    [TestCase("DC 01 01", CompletionCode.ParameterOutOfRange, Description = "an offset past the end")]
    [TestCase("DC 00", CompletionCode.RequestDataLengthInvalid, Description = "short")]
    public async Task Asset_tag_read_refusals(string request, CompletionCode expected)
    {
        var (code, data) = await Dcmi(0x06, request);
        Assert.That(code, Is.EqualTo(expected));
        Assert.That(Hex.Of(data), Is.EqualTo("dc"), "a DCMI error still carries the group byte");
    }

    [TestCase("DC 05 01 41", Description = "a gap after the tag")]
    [TestCase("DC 3F 01 41", Description = "past 63 bytes")]
    [TestCase("DC 00 11 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41", Description = "17 bytes")]
    public async Task Asset_tag_writes_it_cannot_take_are_0xC9(string request) =>
        Assert.That((await Dcmi(0x08, request)).Code, Is.EqualTo(CompletionCode.ParameterOutOfRange));

    [Test]
    public async Task Setting_the_asset_tag_needs_operator() =>
        Assert.That((await Dcmi(0x08, "DC 00 01 41", PrivilegeLevel.User)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));

    [Test]
    public async Task An_asset_tag_that_cannot_be_saved_is_refused_and_the_old_one_kept()
    {
        await Dcmi(0x08, "DC 00 03 " + Text("OLD"));
        var away = _harness.StateDirectory + ".away";
        Directory.Move(_harness.StateDirectory, away);
        try
        {
            Assert.ThrowsAsync<StateWriteException>(() => Dcmi(0x08, "DC 00 03 " + Text("NEW")));
        }
        finally
        {
            Directory.Move(away, _harness.StateDirectory);
        }
        Assert.That(Hex.Of((await Dcmi(0x06, "DC 00 10")).Data), Is.EqualTo("dc 03 " + Text("OLD")));
    }

    [Test, Description("until set, the identifier is the system GUID; its length leaves out the terminator")]
    public async Task Controller_identifier_defaults_to_the_system_guid()
    {
        const string guid = "7c1f6a2e-c5b0-11f0-8d2a-00163e5e6c01";
        Assert.That(Hex.Of((await Dcmi(0x09, "DC 00 01", PrivilegeLevel.User)).Data), Is.EqualTo("dc 24 " + Text(guid[..1])), "ipmitool's length probe");
        Assert.That(Hex.Of((await Dcmi(0x09, "DC 20 10", PrivilegeLevel.User)).Data), Is.EqualTo("dc 24 " + Text(guid[32..])));
    }

    [Test, Description("ipmitool dcmi set_mc_id_string sends the string and its terminator in 16-byte chunks")]
    public async Task Controller_identifier_changes_when_the_chunk_with_the_terminator_arrives()
    {
        const string name = "rack7-node42-bmc-a";
        Assert.That(Hex.Of((await Dcmi(0x0A, "DC 00 10 " + Text(name[..16]))).Data), Is.EqualTo("dc 10"));
        Assert.That((await Dcmi(0x09, "DC 00 10")).Data[1], Is.EqualTo(36), "not yet: no terminator seen");
        Assert.That(Hex.Of((await Dcmi(0x0A, "DC 10 03 " + Text(name[16..]) + " 00")).Data), Is.EqualTo("dc 13"));
        _harness.Reopen();

        Assert.That(Hex.Of((await Dcmi(0x09, "DC 10 10")).Data), Is.EqualTo("dc 12 " + Text(name[16..])));
    }

    [TestCase("DC 10 02 41 00", Description = "a chunk that does not follow the ones before")]
    [TestCase("DC 30 10 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41 41", Description = "64 bytes without a terminator")]
    public async Task Controller_identifier_writes_it_cannot_take_are_0xC9(string request)
    {
        if (request.StartsWith("DC 30"))
        {
            foreach (var offset in new[] { "00", "10", "20" })
                await Dcmi(0x0A, $"DC {offset} 10 " + Text(new string('A', 16)));
        }
        Assert.That((await Dcmi(0x0A, request)).Code, Is.EqualTo(CompletionCode.ParameterOutOfRange));
    }

    [Test]
    public async Task Setting_the_controller_identifier_needs_administrator() =>
        Assert.That((await Dcmi(0x0A, "DC 00 02 41 00", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));

    [Test, Description("DCMI v1.5 §6.1.1 Table 6-3: identification [2] GUID, [0] asset tag")]
    public async Task Capabilities_advertise_the_asset_tag()
    {
        var (_, data) = await Dcmi(0x01, "DC 02", PrivilegeLevel.User);
        Assert.That(data[4 + 2], Is.EqualTo(0x05));
    }
}
