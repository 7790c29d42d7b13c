; Inno Setup script: the Windows installer of Destination Norberg (issue 18).
;
; Built by .github/workflows/windows.yml after PyInstaller has made dist\destination-norberg\
; (installer\destination-norberg.spec):
;     iscc /DAppVersion=0.1.0 installer\destination-norberg.iss
; -> dist\installer\destination-norberg-0.1.0-setup.exe
;
; Per-machine install into Program Files (administrators, as a municipality's IT installs),
; a Start-menu entry with the program's icon, an uninstaller (Settings > Apps, and the
; Start-menu entry), the licences shown in the wizard and installed beside the program.
; Silent install for IT:       destination-norberg-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent uninstall:            "C:\Program Files\Destination Norberg\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES
; The program writes nothing into its own folder: database, logs and cache are per user in
; %LOCALAPPDATA%\destination-norberg, the settings in %APPDATA%\destination-norberg\
; destination-norberg.ini (docs/it.md); the uninstaller leaves them, as a user's data should be.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Destination Norberg"
#define AppExe "destination-norberg.exe"
#define SourceDir "..\dist\destination-norberg"

[Setup]
; A fixed id: later versions update this installation instead of adding a second one.
AppId={{6A0C2F3E-6E3B-4C8B-9E55-4E6F2B8D1A73}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Destination Norberg
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\resources\icons\app.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; Shown before installing (no "I accept": the LGPL asks to be told, not agreed to).
InfoBeforeFile={#SourceDir}\licenses\QT-LGPL-NOTICE.txt
OutputDir=..\dist\installer
OutputBaseFilename=destination-norberg-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
; Swedish is a user-contributed translation of Inno Setup, not shipped with it: used when the
; build machine has it in Inno's Languages folder, else the wizard speaks English.
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole bundle, the licences folder (Qt's LGPL notice and texts, every library's licence)
; included.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs; Excludes: ".built"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{group}\Licenser"; Filename: "{app}\licenses\THIRD-PARTY-LICENSES.txt"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
