using Oem.Platform;

namespace Oem.Tests.Platform;

public class ProfileLoaderTests
{
    private static string DemoPath => Path.Combine(AppContext.BaseDirectory, "fixtures", "platforms", ProfileLoader.DemoProfileFileName);

    private const string Minimal = """
        { "name": "t", "identity": { "manufacturerId": 10876, "productId": "0x0B05", "firmwareVersion": "2.7",
          "systemGuid": "5a0d8d4e-c5a1-11f0-9a3b-00163e5e6c00" } }
        """;

    [Test]
    public void Demo_profile_loads_with_its_identity()
    {
        var profile = ProfileLoader.Load(DemoPath);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(profile.Name, Is.EqualTo("demo-1u"));
            Assert.That(profile.Identity.ProductId, Is.EqualTo(1));
            Assert.That(profile.Identity.ParsedFirmwareVersion, Is.EqualTo(((byte)1, (byte)2)));
            Assert.That(profile.Identity.SystemGuid, Is.EqualTo(Guid.Parse("5a0d8d4e-c5a1-11f0-9a3b-00163e5e6c00")));
        }
    }

    [Test]
    public void Hex_strings_and_numbers_both_read_as_integers()
    {
        var identity = ProfileLoader.Parse(Minimal, "t.json").Identity;
        Assert.That((identity.ManufacturerId, identity.ProductId), Is.EqualTo((10876u, (ushort)0x0B05)));
    }

    [TestCase("\"firmwareVersion\": \"2.7\"", "\"firmwareVersion\": \"2.100\"", "$.identity.firmwareVersion", "major.minor")]
    [TestCase("\"manufacturerId\": 10876", "\"manufacturerId\": 2000000", "$.identity.manufacturerId", "20 bits")]
    [TestCase("\"productId\": \"0x0B05\"", "\"productId\": \"0x1FFFF\"", "$.identity.productId", "from 0 to 65535")]
    [TestCase("\"name\": \"t\"", "\"name\": \"t\", \"colour\": 1", "$.colour", "colour")]
    [TestCase("\"systemGuid\": \"5a0d8d4e-c5a1-11f0-9a3b-00163e5e6c00\"", "\"systemGuid\": \"00000000-0000-0000-0000-000000000000\"", "$.identity.systemGuid", "GUID")]
    public void Invalid_field_is_named_with_file_and_expectation(string original, string replacement, string field, string expected)
    {
        var error = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(Minimal.Replace(original, replacement), "board.json"))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.File, Is.EqualTo("board.json"));
            Assert.That(error.Field, Is.EqualTo(field));
            Assert.That(error.Message, Does.StartWith($"board.json: {field}: ").And.Contain(expected));
        }
    }

    [Test]
    public void Unknown_power_domain_is_named_by_its_json_path()
    {
        var json = File.ReadAllText(DemoPath).Replace("\"powerDomain\": \"main\"", "\"powerDomain\": \"aux\"");
        var error = Assert.Throws<ProfileException>(() => ProfileLoader.Parse(json, "board.json"))!;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Field, Is.EqualTo("$.sensors[1].powerDomain"));
            Assert.That(error.Problem, Does.StartWith("'aux' is not one of standby, main"));
        }
    }

    [Test]
    public void Missing_file_is_reported_by_path()
    {
        var error = Assert.Throws<ProfileException>(() => ProfileLoader.Load("/nonexistent/board.json"))!;
        Assert.That(error.Message, Does.StartWith("/nonexistent/board.json: (file): cannot be read"));
    }

    [Test]
    public void Broken_json_reports_the_line()
    {
        var error = Assert.Throws<ProfileException>(() => ProfileLoader.Parse("{\n \"name\": \"t\",\n \"identity\": {\n", "b.json"))!;
        Assert.That(error.Message, Does.StartWith("b.json: ").And.Contain("(line "));
    }
}
