using System.Net;
using Ipmi.Protocol;
using IpmiSidecar.Configuration;
using Microsoft.Extensions.Configuration;

namespace IpmiSidecar.Tests.Configuration;

public class SettingsReaderTests
{
    private static SidecarSettings Read(params string[] commandLine) =>
        new SettingsReader(new ConfigurationBuilder().AddCommandLine(commandLine).Build(), "/srv", "/opt/ipmisidecar").Read();

    private static ConfigurationException Fails(params string[] commandLine) =>
        Assert.Throws<ConfigurationException>(() => Read(commandLine))!;

    [Test]
    public void No_configuration_serves_the_demo_on_loopback_6230()
    {
        var settings = Read();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.LanAddress, Is.EqualTo(IPAddress.Loopback));
            Assert.That(settings.LanPort, Is.EqualTo(6230));
            Assert.That(settings.UsingDemoAccount, Is.True);
            Assert.That(settings.Users.Single().Name, Is.EqualTo("admin"));
            Assert.That(settings.Users.Single().Password, Is.EqualTo("ipmisidecar"u8.ToArray()));
            Assert.That(settings.Users.Single().Privilege, Is.EqualTo(PrivilegeLevel.Administrator));
            Assert.That(settings.CipherSuites, Is.EqualTo(new byte[] { 3, 17 }));
            Assert.That(settings.ProfilePath, Is.EqualTo("/opt/ipmisidecar/platforms/demo-1u.json"));
            Assert.That(settings.StateDirectory, Is.EqualTo("/srv/state"));
        }
    }

    [Test]
    public void Configured_users_replace_the_demo_account()
    {
        var settings = Read("--Lan:Port=7000", "--Users:0:Name=ops", "--Users:0:Password=s3cret", "--Users:0:Privilege=Operator");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.LanPort, Is.EqualTo(7000));
            Assert.That(settings.UsingDemoAccount, Is.False);
            Assert.That(settings.Users.Select(u => (u.Name, u.Privilege)), Is.EqualTo(new[] { ("ops", PrivilegeLevel.Operator) }));
        }
    }

    [Test]
    public void Demo_account_is_refused_on_a_non_loopback_address()
    {
        var error = Fails("--Lan:Address=0.0.0.0");
        Assert.That(error.Key, Is.EqualTo("Lan:Address"));
        Assert.That(error.Message, Does.Contain("demo account").And.Contain("Users:0:Name"));
    }

    [Test]
    public void Non_loopback_address_is_accepted_with_configured_users() =>
        Assert.That(Read("--Lan:Address=0.0.0.0", "--Users:0:Name=ops", "--Users:0:Password=x", "--Users:0:Privilege=User").LanAddress,
            Is.EqualTo(IPAddress.Any));

    [TestCase("--Lan:Port=70000", "Lan:Port", "from 0 to 65535")]
    [TestCase("--Lan:Address=localhost.example", "Lan:Address", "not an IP address")]
    [TestCase("--Lan:Prot=1", "Lan:Prot", "not a known setting")]
    [TestCase("--Lan:CipherSuites=3,0", "Lan:CipherSuites", "not a supported cipher suite")]
    [TestCase("--Lan:AllowedSources=10.0.0.0/33", "Lan:AllowedSources", "not a network")]
    [TestCase("--Lan:CipherSuites=", "Lan:CipherSuites", "at least one")]
    [TestCase("--I2c:MasterWriteReadAllow=1:0xA0", "I2c:MasterWriteReadAllow", "7-bit address")]
    [TestCase("--I2c:MasterWriteReadAllow=0x50", "I2c:MasterWriteReadAllow", "bus:address")]
    [TestCase("--Lan:MaxSessions=64", "Lan:MaxSessions", "from 1 to 63")]
    [TestCase("--Lan:LoginRefillSeconds=-1", "Lan:LoginRefillSeconds", "whole number")]
    [TestCase("--Lan:MaxHalfOpenPerSource=128", "Lan:MaxHalfOpenPerSource", "below Lan:MaxHalfOpenSessions")]
    [TestCase("--Lan:LoginLockoutSeconds=30", "Lan:LoginLockoutSeconds", "set Lan:LoginBurstPerSource and Lan:LoginRefillSeconds")]
    public void Bad_lan_settings_name_the_key(string argument, string key, string expected)
    {
        var error = Fails(argument);
        Assert.That(error.Key, Is.EqualTo(key));
        Assert.That(error.Message, Does.Contain(expected).And.Contain("the command line"));
    }

    [Test]
    public void Cipher_suite_zero_needs_the_explicit_switch() =>
        Assert.That(Read("--Lan:CipherSuites=0,3", "--Lan:AllowCipherSuiteZero=true").CipherSuites, Is.EqualTo(new byte[] { 0, 3 }));

    [TestCase(new[] { "--Users:0:Password=x", "--Users:0:Privilege=User" }, "Users:0:Name", "anonymous")]
    [TestCase(new[] { "--Users:0:Name=ops", "--Users:0:Privilege=User" }, "Users:0:PasswordFile", "is missing")]
    [TestCase(new[] { "--Users:0:Name=ops", "--Users:0:Password=", "--Users:0:Privilege=User" }, "Users:0:Password", "empty passwords are refused")]
    [TestCase(new[] { "--Users:0:Name=ops", "--Users:0:Password=123456789012345678901", "--Users:0:Privilege=User" }, "Users:0:Password", "at most 20")]
    [TestCase(new[] { "--Users:0:Name=ops", "--Users:0:Password=x", "--Users:0:Privilege=Root" }, "Users:0:Privilege", "User, Operator or Administrator")]
    [TestCase(new[] { "--Users:0:Name=seventeen-chars-x", "--Users:0:Password=x", "--Users:0:Privilege=User" }, "Users:0:Name", "1 to 16")]
    [TestCase(new[] { "--Users:0:Name=a", "--Users:0:Password=x", "--Users:0:Privilege=User", "--Users:1:Name=a", "--Users:1:Password=y", "--Users:1:Privilege=User" }, "Users:1:Name", "twice")]
    [TestCase(new[] { "--Users:0:Name=a", "--Users:0:Pasword=x" }, "Users:0:Pasword", "not a known user setting")]
    public void Bad_users_name_the_key(string[] arguments, string key, string expected)
    {
        var error = Fails(arguments);
        Assert.That(error.Key, Is.EqualTo(key));
        Assert.That(error.Message, Does.Contain(expected));
    }

    [Test]
    public void Password_file_is_read_without_its_trailing_newline()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "from-file\n");
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            var settings = Read("--Users:0:Name=ops", $"--Users:0:PasswordFile={file}", "--Users:0:Privilege=Administrator");
            Assert.That(settings.Users.Single().Password, Is.EqualTo("from-file"u8.ToArray()));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void World_readable_password_file_is_refused_with_the_chmod_fix()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "secret");
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead);
            var error = Fails("--Users:0:Name=ops", $"--Users:0:PasswordFile={file}", "--Users:0:Privilege=User");
            Assert.That(error.Message, Does.Contain($"chmod 600 {file}"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    public void Error_names_the_json_file_a_value_came_from()
    {
        var directory = Directory.CreateTempSubdirectory();
        try
        {
            File.WriteAllText(Path.Combine(directory.FullName, "appsettings.json"), """{ "Lan": { "Port": "high" } }""");
            var configuration = new ConfigurationBuilder().SetBasePath(directory.FullName).AddJsonFile("appsettings.json").Build();
            var error = Assert.Throws<ConfigurationException>(() => new SettingsReader(configuration, directory.FullName, directory.FullName).Read())!;
            Assert.That(error.Message, Does.StartWith("Lan:Port (from appsettings.json): 'high' is not valid"));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Test]
    public void Hardening_settings_are_read()
    {
        var settings = Read("--Lan:AllowedSources=10.20.0.0/16,192.0.2.7", "--Lan:LoginBurstPerSource=3", "--Lan:LoginRefillSeconds=120", "--Lan:MaxSessions=8");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(settings.AllowedSources, Is.EqualTo(new[] { "10.20.0.0/16", "192.0.2.7" }));
            Assert.That(settings.LoginBurst, Is.EqualTo(3));
            Assert.That(settings.LoginRefill, Is.EqualTo(TimeSpan.FromMinutes(2)));
            Assert.That(settings.MaxSessions, Is.EqualTo(8));
        }
    }

    [Test]
    public void Master_write_read_allowlist_defaults_to_the_profile_and_reads_bus_address_pairs()
    {
        Assert.That(Read().MasterWriteReadAllow, Is.Null);
        Assert.That(Read("--I2c:MasterWriteReadAllow=1:0x50, 2:72").MasterWriteReadAllow, Is.EqualTo(new[] { (1, 0x50), (2, 72) }));
    }
}
